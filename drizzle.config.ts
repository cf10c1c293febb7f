import { defineConfig } from "drizzle-kit";

// drizzle-kit only generates and checks migrations here; applying them is db/migrate.ts's job,
// so no credentials are needed to generate.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  strict: true,
  verbose: true,
});
