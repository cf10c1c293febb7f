import "server-only";
import { sql } from "drizzle-orm";
import { db, type Database } from "@/db/client";

const TIMEOUT_MS = 2_000;

/** Whether the database answers a trivial query within two seconds; never throws. */
export async function checkDatabase(database: Database = db()): Promise<"up" | "down"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"down">((resolve) => {
    timer = setTimeout(() => resolve("down"), TIMEOUT_MS);
  });
  const probe = (async () => {
    try {
      await database.execute(sql`select 1`);
      return "up" as const;
    } catch {
      return "down" as const;
    }
  })();
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
