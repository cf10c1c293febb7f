/**
 * Runs after every `npm install` / `npm ci` (package.json "postinstall"): repairs two defects in the
 * postgres driver that no release fixes yet (the second, an unhandled rejection, is described at its
 * edit below). Plain Node, no dependencies: it runs before anything else is usable, including in the
 * image's first stage (Dockerfile).
 *
 * postgres 3.4.9 batches small writes behind a setImmediate. When a socket closes with such a
 * write pending (PgBouncer refusing logins for a second after PostgreSQL restarts does exactly
 * that), the teardown cancels the timer but neither forgets it nor drops the buffered bytes:
 *  - the connection never schedules a write again, so every later query on it hangs until its
 *    connect timeout (a web process answered 503 for minutes after the database was back);
 *  - the stale bytes would be sent in front of the next StartupMessage;
 *  - and a write scheduled just before the close runs on a null socket, an exception no caller can
 *    catch, which ends the process.
 * Reported upstream as porsager/postgres#1154 and #1208. When a new version ships, check whether it
 * fixes them, then drop this file and the "postinstall" line (the script refuses other versions).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const postgresDir = path.join(root, "node_modules", "postgres");
const EXPECTED = "3.4.9";
const MARKER = "/* chorus: patched nextWrite */";

// Each edit: the exact text of 3.4.9 and what it becomes. Every occurrence is replaced.
const edits = [
  {
    // No socket any more: drop the bytes and fail the queries waiting on them, catchably.
    from: "  function nextWrite(fn) {\n    const x = socket.write(chunk, fn)\n",
    to:
      `  function nextWrite(fn) { ${MARKER}\n` +
      "    if (!socket) {\n" +
      "      nextWriteTimer !== null && clearImmediate(nextWriteTimer)\n" +
      "      chunk = nextWriteTimer = null\n" +
      "      error(Errors.connection('CONNECTION_CLOSED', options))\n" +
      "      return false\n" +
      "    }\n" +
      "    const x = socket.write(chunk, fn)\n",
    count: 1,
  },
  {
    // terminate() and closed(): a cancelled timer is forgotten, with the bytes it would have sent.
    from: "    clearImmediate(nextWriteTimer)\n",
    to: "    clearImmediate(nextWriteTimer)\n    chunk = nextWriteTimer = null\n",
    count: 2,
  },
  {
    // A new connection first reads the array types; when that query fails (the same refused login),
    // the connection's own error handling fails the waiting queries and reconnects, but the promise of
    // the lookup itself was left rejected with no handler: an unhandled rejection in every process.
    from: "        return fetchArrayTypes()\n",
    to: "        return fetchArrayTypes().catch(() => undefined) /* chorus: failure handled by the connection */\n",
    count: 1,
  },
];

if (!existsSync(postgresDir)) process.exit(0); // not installed (a partial install): nothing to repair
const { version } = JSON.parse(readFileSync(path.join(postgresDir, "package.json"), "utf8"));
if (version !== EXPECTED) {
  console.error(`scripts/patch-dependencies.mjs repairs postgres ${EXPECTED}, but ${version} is installed: check whether it still ` + "loses writes when a socket closes (porsager/postgres#1208), then update or remove the patch.");
  process.exit(1);
}

for (const build of ["src", "cjs/src", "cf/src"]) {
  const file = path.join(postgresDir, build, "connection.js");
  let text = readFileSync(file, "utf8");
  for (const edit of edits) {
    // Applied already (an earlier install of this script): each edit is checked on its own.
    if (text.split(edit.to).length - 1 === edit.count) continue;
    const found = text.split(edit.from).length - 1;
    if (found !== edit.count) {
      console.error(`${file}: expected ${edit.count} of ${JSON.stringify(edit.from)}, found ${found}; not patched`);
      process.exit(1);
    }
    text = text.replaceAll(edit.from, edit.to);
  }
  writeFileSync(file, text);
}
