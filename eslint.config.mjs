import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const root = import.meta.dirname;
const layers = "Layers point down only: app → components → server → emails → db → lib, and jobs → server.";

// Packages every file may not import (some folders add their own below, so the list is shared).
const restrictedPackages = [
  { name: "resend", message: "Only server/mail/resend-transport.ts may talk to Resend: queue an email instead." },
  { name: "next/link", message: "Use Link from @/lib/i18n/navigation so the locale is kept." },
];

/** One zone of import/no-restricted-paths: files under `target` must not import from `from`. */
const zone = (target, from, rule, except) => ({ target: `./${target}`, from: from.map((folder) => `./${folder}`), message: `${layers} ${rule}`, ...(except ? { except } : {}) });

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", "db/migrations/**", "next-env.d.ts", "tests/lint/fixtures/**"],
  },
  {
    rules: {
      "no-restricted-imports": ["error", { paths: restrictedPackages }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "import/no-restricted-paths": [
        "error",
        {
          basePath: root,
          zones: [
            zone("app", ["db"], "app/ must not import db/: call a verb in server/ (add a read verb if the page needs data)."),
            zone("lib", ["app", "components", "server", "jobs", "db", "emails"], "lib/ is the bottom layer: it imports only lib/."),
            zone("components", ["app"], "components/ must not import app/: move the shared type to its verb in server/ or to lib/."),
            zone("server", ["jobs", "app", "components"], "server/ must not import jobs/, app/ or components/: enqueue through db/queue instead of calling a job."),
            zone("db", ["server", "jobs", "app", "components", "emails"], "db/ imports only db/ and lib/."),
            zone("emails", ["server", "jobs", "app", "components", "db"], "emails/ (templates) import only emails/ and lib/."),
            zone("jobs", ["app", "components", "emails", "scripts", "auth.ts"], "jobs/ import only server/, db/queue/ and lib/: the rules live in server/."),
            zone("jobs", ["db"], "jobs/ import only server/, db/queue/ and lib/: the rules live in server/.", ["./queue"]),
          ],
        },
      ],
      "import/no-cycle": ["error", { ignoreExternal: true }],
    },
    // import/no-cycle would otherwise parse every installed package a file reaches (a cycle never runs
    // through one): on this tree that makes the whole lint three to four times faster.
    settings: { "import/ignore": ["node_modules"] },
  },
  {
    files: ["app/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [...restrictedPackages, { name: "drizzle-orm", message: `${layers} app/ must not query the database itself: add a read verb in server/.` }],
          patterns: [{ group: ["drizzle-orm/*"], message: `${layers} app/ must not query the database itself: add a read verb in server/.` }],
        },
      ],
    },
  },
  {
    // Tests may import anything (a unit test beside its code included).
    files: ["**/*.test.ts", "**/*.test.tsx"],
    rules: { "import/no-restricted-paths": "off" },
  },
  {
    // The worker process's entry point, as a script is: it closes the process's pool on the way out.
    files: ["jobs/worker.ts"],
    rules: { "import/no-restricted-paths": "off" },
  },
  {
    // The one place allowed to import resend.
    files: ["server/mail/resend-transport.ts", "scripts/**"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // Tests drive the real Resend SDK against the stub, but build contexts themselves: no Next internals.
    files: ["tests/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["next/dist/*"], message: "Tests must not import Next's internals: build a context (staffContextOf, visitorContext, systemContext) and call the verb." }] }],
    },
  },
];
export default config;
