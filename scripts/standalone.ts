/**
 * npm run image:layout [-- <dir>] — after `next build`, assembles the container image's runtime
 * layout (scripts/lib/standalone.ts) in <dir>, .next/layout by default. The Dockerfile runs it.
 */
import path from "node:path";
import { assembleLayout } from "./lib/standalone";

const root = process.cwd();
const out = path.resolve(root, process.argv[2] ?? ".next/layout");
try {
  await assembleLayout(root, out);
  console.log(`Runtime layout assembled in ${path.relative(root, out) || "."}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
