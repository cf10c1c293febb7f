// What Next's own server loads first (AsyncLocalStorage on globalThis): without it the request
// scope that tests/integration/support/signed-in.ts opens for admin verbs cannot exist.
import "next/dist/server/node-environment-baseline";
import { afterAll } from "vitest";
import { closeDb } from "@/db/client";
import { assertLocalDatabase } from "../support/assert-local-database";

// npm test hands the integration files a fresh, migrated database of their own run. (Read
// directly: a file may still set mail variables before the env module first parses them.)
assertLocalDatabase(process.env.DATABASE_URL ?? "");

afterAll(async () => {
  await closeDb();
});
