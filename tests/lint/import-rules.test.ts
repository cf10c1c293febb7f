import { readFileSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/*
 * The layer rules in eslint.config.mjs bite: each deliberate violation below is linted as if it
 * were a file in that folder (the imported files are real, so the resolver finds them) and must be
 * reported by the rule that forbids it, with a message naming the layer rule; an import in the
 * allowed direction passes.
 */

const root = path.resolve(import.meta.dirname, "../..");
// ignore: false so the cycle fixture (ignored by the main lint, where it would be an error) is linted here.
// import/no-cycle reads the linted file from disk, and the probes exist only in memory: it checks the fixture.
const eslint = new ESLint({ cwd: root, ignore: false, overrideConfig: { files: ["**/lint-probe.*"], rules: { "import/no-cycle": "off" } } });

async function problems(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((message) => ({ rule: message.ruleId, message: message.message }));
}

const violations: { name: string; file: string; code: string; rule: string; says: RegExp }[] = [
  { name: "app imports db", file: "app/lint-probe.ts", code: 'export { db } from "@/db/client";\n', rule: "import/no-restricted-paths", says: /app\/ must not import db\// },
  { name: "app imports drizzle-orm", file: "app/lint-probe.ts", code: 'export { eq } from "drizzle-orm";\n', rule: "no-restricted-imports", says: /app\/ must not query the database/ },
  { name: "lib imports server", file: "lib/lint-probe.ts", code: 'export { publicContext } from "@/server/context";\n', rule: "import/no-restricted-paths", says: /lib\/ is the bottom layer/ },
  { name: "lib imports emails (relative path)", file: "lib/lint-probe.ts", code: 'export * from "../emails/i18n";\n', rule: "import/no-restricted-paths", says: /lib\/ is the bottom layer/ },
  { name: "components import app", file: "components/lint-probe.tsx", code: 'export { default } from "@/app/not-found";\n', rule: "import/no-restricted-paths", says: /components\/ must not import app\// },
  { name: "server imports jobs", file: "server/lint-probe.ts", code: 'export { defineJob } from "@/jobs/define-job";\n', rule: "import/no-restricted-paths", says: /server\/ must not import jobs\// },
  { name: "server imports components", file: "server/lint-probe.ts", code: 'export * from "@/components/forbidden";\n', rule: "import/no-restricted-paths", says: /server\/ must not import/ },
  { name: "db imports server", file: "db/lint-probe.ts", code: 'export { publicContext } from "@/server/context";\n', rule: "import/no-restricted-paths", says: /db\/ imports only db\/ and lib\// },
  { name: "emails import db", file: "emails/lint-probe.ts", code: 'export { db } from "@/db/client";\n', rule: "import/no-restricted-paths", says: /emails\/ \(templates\) import only/ },
  { name: "jobs import db beyond the queue", file: "jobs/lint-probe.ts", code: 'export { db } from "@/db/client";\n', rule: "import/no-restricted-paths", says: /jobs\/ import only server\// },
  { name: "jobs import app", file: "jobs/lint-probe.ts", code: 'export { default } from "@/app/not-found";\n', rule: "import/no-restricted-paths", says: /jobs\/ import only server\// },
  { name: "tests import Next internals", file: "tests/integration/lint-probe.test.ts", code: 'export * from "next/dist/server/app-render/work-async-storage.external";\n', rule: "no-restricted-imports", says: /Next's internals/ },
];

describe("import rules", () => {
  it.each(violations)("$name is an error of $rule", async ({ file, code, rule, says }) => {
    const found = await problems(file, code);
    expect(found).toContainEqual({ rule, message: expect.stringMatching(says) });
    expect(found.find((problem) => problem.rule === rule)?.message).toMatch(/Layers point down only: app → components → server → emails → db → lib|Next.s internals/);
  });

  it("reports an import cycle", async () => {
    const file = "tests/lint/fixtures/cycle/first.ts";
    const found = await problems(file, readFileSync(path.join(root, file), "utf8"));
    expect(found.map((problem) => problem.rule)).toContain("import/no-cycle");
  });

  it("reports an import cycle through the @/ alias", async () => {
    const file = "tests/lint/fixtures/cycle/first.ts";
    const found = await problems(file, readFileSync(path.join(root, file), "utf8").replace('"./second"', '"@/tests/lint/fixtures/cycle/second"'));
    expect(found.map((problem) => problem.rule)).toContain("import/no-cycle");
  });

  it.each([
    { name: "jobs import server, db/queue and lib", file: "jobs/lint-probe.ts", code: 'export { publicContext } from "@/server/context";\nexport * from "@/db/queue/queues";\nexport * from "@/lib/result";\n' },
    { name: "server imports db and lib", file: "server/lint-probe.ts", code: 'export { db } from "@/db/client";\nexport * from "@/lib/refused";\n' },
    { name: "components import server", file: "components/lint-probe.tsx", code: 'export { publicContext } from "@/server/context";\n' },
  ])("allows: $name", async ({ file, code }) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
