import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { routing } from "@/lib/i18n/routing";

/*
 * The organiser panel's surface, read from the code and the build rather than listed by hand: every
 * page file, every server action the build registered, every admin route handler. A new one that
 * the policy does not cover fails tests/e2e/admin-access.spec.ts.
 */

const root = process.cwd();

function files(dir: string, name: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return files(full, name);
    return entry === name ? [full] : [];
  });
}

/** "app/[locale]/admin/(panel)/campaigns/[id]/page.tsx" → "/admin/campaigns/[id]" */
export function routeOf(file: string): string {
  const relative = path.relative(path.join(root, "app", "[locale]"), file).split(path.sep);
  return `/${relative.filter((part) => !part.startsWith("(") && part !== "page.tsx" && part !== "page").join("/")}`;
}

export function panelPages(): string[] {
  return files(path.join(root, "app", "[locale]", "admin", "(panel)"), "page.tsx")
    .map(routeOf)
    .sort();
}

export function adminRoutes(): string[] {
  return files(path.join(root, "app", "api", "admin"), "route.ts")
    .map((file) => `/${path.relative(path.join(root, "app"), path.dirname(file)).split(path.sep).join("/")}`)
    .sort();
}

export type BuiltAction = { id: string; exportedName: string; filename: string; pages: string[] };

/** Every server action in the production build, with the pages that can receive it. */
export function builtActions(): BuiltAction[] {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    exportedName: entry.exportedName,
    filename: entry.filename,
    pages: Object.keys(entry.workers).map((worker) => routeOf(path.join(root, worker))),
  }));
}

/** The English URL of an admin route, with its [params] filled in. */
export function urlOf(route: string, params: Record<string, string>): string {
  const localized = (routing.pathnames as Record<string, string | { en: string }>)[route];
  const english = typeof localized === "string" ? localized : (localized?.en ?? route);
  return `/en${english.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? name)}`;
}
