import "server-only";
import { and, eq, isNull, lte, sql } from "drizzle-orm";
import { letters, supporters } from "@/db/schema";
import { transaction, type Context } from "@/server/context";
import { queueEmail } from "@/server/mail/queue-email";

const BATCH = 500;

/**
 * Tells each supporter whose data-access request has reached its 30th day that the answer is due,
 * and what to do if none came. Each request is reminded once (the row is marked in the same
 * transaction, and the email's key is the letter's), in batches of 500, one transaction each.
 */
export async function remindAccessRequests(context: Context): Promise<void> {
  for (;;) {
    const reminded = await transaction(context, async (tx) => {
      const due = await tx.db
        .select({ letter: letters, supporter: supporters })
        .from(letters)
        .innerJoin(supporters, eq(supporters.id, letters.supporterId))
        .where(and(lte(letters.answerDueAt, sql`now()`), isNull(letters.remindedAt)))
        .limit(BATCH)
        .for("update", { of: letters, skipLocked: true });
      for (const { letter, supporter } of due) {
        await queueEmail(tx, {
          category: "transactional",
          template: "access-request-reminder",
          props: { organisation: letter.toName, sentOn: (letter.handedOverAt ?? letter.createdAt).toISOString().slice(0, 10) },
          locale: letter.locale,
          to: supporter.email,
          toName: supporter.name,
          supporterId: supporter.id,
          idempotencyKey: `access-request-reminder/${letter.id}`,
        });
        await tx.db
          .update(letters)
          .set({ remindedAt: sql`now()` })
          .where(eq(letters.id, letter.id));
      }
      return due.length;
    });
    if (reminded < BATCH) return;
  }
}
