import { pgEnum } from "drizzle-orm/pg-core";

// Shared enums live here so that every aggregate names a state the same way.
export const localeEnum = pgEnum("locale", ["en", "fr"]);
