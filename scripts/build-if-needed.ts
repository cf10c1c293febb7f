/**
 * `next build` unless .next already holds a build of these sources (scripts/lib/build.ts), as a
 * command of its own: npm test runs it beside the integration tests.
 */
import path from "node:path";
import { buildIfNeeded } from "./lib/build";

const root = path.resolve(import.meta.dirname, "..");
try {
  console.log(buildIfNeeded(root, process.env) ? "Built." : "The build in .next is up to date.");
} catch (error) {
  console.error(error);
  process.exit(1);
}
