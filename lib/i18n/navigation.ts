import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

// Locale-aware links and redirects: always use these rather than next/link for app pages.
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
