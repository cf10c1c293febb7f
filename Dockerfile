# syntax=docker/dockerfile:1
# One image for every Chorus process: `web` (the default), `worker`, `migrate` and `seed`
# (deploy/entrypoint.sh). docs/deployment.md shows how to run them; compose.yaml runs them all.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# npm ci runs the postinstall repair of a dependency (scripts/patch-dependencies.mjs).
COPY scripts/patch-dependencies.mjs scripts/
RUN npm ci --no-audit --no-fund

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# The same two steps a clone runs to check the layout (tests/e2e/image-layout.spec.ts).
RUN npx next build && npx tsx scripts/standalone.ts /layout

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0
WORKDIR /app
# Owned by the unprivileged user: Next keeps pages it regenerates under .next at run time.
COPY --from=build --chown=node:node /layout ./
USER node
EXPOSE 3000
# For the web command; a worker container checks its WORKER_HEALTH_PORT instead (compose.yaml).
# No curl in the slim image: Node's own fetch asks.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/api/health`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/app/entrypoint.sh"]
CMD ["web"]
