#!/bin/sh
# The image's entrypoint: one image, one process per container, chosen by the first argument.
# The heap caps are the ones npm start uses (scripts/lib/web-command.ts, worker-command.ts).
set -e
command="${1:-web}"
[ "$#" -gt 0 ] && shift
case "$command" in
  web) exec node --max-old-space-size=192 scripts/web-server.mjs -p "${PORT:-3000}" -H "${HOSTNAME:-0.0.0.0}" "$@" ;;
  worker) exec node --max-old-space-size=160 dist/worker.mjs "$@" ;;
  # Once per release, before the new web and worker processes start (docs/deployment.md). Straight
  # to PostgreSQL: the migration lock is a session's advisory lock, which a pooler in transaction
  # mode would hand to whichever connection runs the next statement.
  migrate) DATABASE_URL="${DATABASE_DIRECT_URL:-$DATABASE_URL}" DATABASE_POOLED=0 exec node dist/migrate.mjs "$@" ;;
  seed) exec node dist/seed.mjs "$@" ;;
  *) exec "$command" "$@" ;;
esac
