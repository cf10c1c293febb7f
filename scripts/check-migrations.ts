/**
 * Fails when db/schema and the committed migrations disagree: drizzle-kit generates into a
 * throw-away copy of db/migrations, and any new file means someone changed the schema without
 * committing its migration. Also checks that the journal and the SQL files list the same migrations.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const committed = path.join(root, "db", "migrations");

function sqlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".sql"))
    .sort();
}

const journal = JSON.parse(readFileSync(path.join(committed, "meta", "_journal.json"), "utf8")) as {
  entries: { tag: string }[];
};
const journalTags = journal.entries.map((entry) => `${entry.tag}.sql`).sort();
const files = sqlFiles(committed);
const problems: string[] = [];
for (const file of files) if (!journalTags.includes(file)) problems.push(`${file} is not in meta/_journal.json`);
for (const tag of journalTags) if (!files.includes(tag)) problems.push(`meta/_journal.json lists ${tag}, which does not exist`);

const scratch = mkdtempSync(path.join(tmpdir(), "chorus-migrations-"));
try {
  cpSync(committed, scratch, { recursive: true });
  const generate = spawnSync(
    "npx",
    // drizzle-kit prefixes "./" to --out, so it must be relative to the project.
    ["drizzle-kit", "generate", "--dialect", "postgresql", "--schema", "./db/schema/index.ts", "--out", path.relative(root, scratch)],
    { cwd: root, encoding: "utf8", env: { ...process.env, npm_config_loglevel: "error" } },
  );
  // drizzle-kit exits 0 even when it fails, so its output is the only reliable signal.
  const output = `${generate.stdout}${generate.stderr}`;
  if (generate.status !== 0 || !/No schema changes|Your SQL migration file/.test(output)) {
    problems.push(`drizzle-kit generate failed:\n${output}`);
  }
  const added = sqlFiles(scratch).filter((name) => !files.includes(name));
  for (const name of added) {
    problems.push(`db/schema has changes with no migration (drizzle-kit would write ${name}):\n` + readFileSync(path.join(scratch, name), "utf8"));
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(`Schema and migrations disagree:\n${problems.join("\n")}\nRun: npm run db:generate`);
  process.exit(1);
}
console.log(`Schema and ${files.length} migrations agree.`);
