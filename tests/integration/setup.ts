import { afterAll } from "vitest";
import { closeDb } from "@/db/client";
import { assertLocalDatabase } from "../support/assert-local-database";

// npm test hands the integration files a fresh, migrated database of their own run. (Read
// directly: a file may still set mail variables before the env module first parses them.)
assertLocalDatabase(process.env.DATABASE_URL ?? "");

afterAll(async () => {
  await closeDb();
});
