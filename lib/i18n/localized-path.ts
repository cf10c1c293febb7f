import { routing, type Locale } from "./routing";

type Pathname = keyof typeof routing.pathnames;

/**
 * A page's path in a language, from the router's own table (so it can never disagree with it),
 * for code that runs outside a Next.js request: the worker, emails, feeds, the JSON API.
 */
export function localizedPath(locale: Locale, pathname: Pathname, params: Record<string, string> = {}): string {
  const entry = routing.pathnames[pathname] as string | Record<Locale, string>;
  const template = typeof entry === "string" ? entry : entry[locale];
  // The home page's "/" must not leave "/en/".
  return `/${locale}${template.replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(params[name] ?? ""))}`.replace(/\/$/, "");
}
