import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", "db/migrations/**", "next-env.d.ts"],
  },
  {
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "resend", message: "Only lib/mail may talk to Resend: enqueue a mail job instead." },
            { name: "next/link", message: "Use Link from @/lib/i18n/navigation so the locale is kept." },
          ],
        },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The one place allowed to import resend, and tests that drive the real SDK against the stub.
    files: ["lib/mail/resend-transport.ts", "tests/**", "scripts/**"],
    rules: { "no-restricted-imports": "off" },
  },
];
export default config;
