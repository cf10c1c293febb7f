import { afterAll } from "vitest";
import { closeDb } from "@/db/client";
import { env } from "@/lib/env";
import { assertLocalDatabase } from "../support/assert-local-database";

// npm test hands every integration file a fresh, migrated database of its own run.
assertLocalDatabase(env().DATABASE_URL);

afterAll(async () => {
  await closeDb();
});
