import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

const navigation = createNavigation(routing);

// Locale-aware links and redirects: always use these rather than next/link for app pages.
export const { Link, usePathname, useRouter, getPathname } = navigation;

const encodeParam = (value: unknown) => encodeURIComponent(String(value));

/**
 * next-intl puts a param into its path as it is: a token or slug from a visited URL holding "["
 * makes it throw ("insufficient params", a 500), and "?", "#" or "/" would change the path. Each
 * param is percent-encoded first; the URL it builds does not encode an escape twice, so ordinary
 * slugs and tokens come out as before.
 */
export const redirect: typeof navigation.redirect = (args, type) => {
  const href = args.href as unknown;
  if (typeof href !== "object" || href === null || !("params" in href) || typeof href.params !== "object" || href.params === null) return navigation.redirect(args, type);
  const params = Object.fromEntries(Object.entries(href.params).map(([name, value]) => [name, Array.isArray(value) ? value.map(encodeParam) : encodeParam(value)]));
  return navigation.redirect({ ...args, href: { ...href, params } } as typeof args, type);
};
