import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { emailMessages, fixedTargets, letters, representatives, users } from "@/db/schema";
import { transaction, type Context, type TxContext } from "@/server/context";
import { queueEmail } from "@/server/mail/queue-email";

/**
 * After a letter bounced: its recipient's address is disabled (no more letters go to it, and the
 * composer stops offering it) and every administrator and organiser is told by email, once per
 * address. Runs in the webhook's transaction (it joins the open one).
 */
export async function disableBouncedTarget(context: Context, providerId: string): Promise<void> {
  await transaction(context, (tx) => disableIn(tx, providerId));
}

async function disableIn(tx: TxContext, providerId: string): Promise<void> {
  const rows = await tx.db
    .select({ representativeId: letters.representativeId, fixedTargetId: letters.fixedTargetId, name: letters.toName, address: letters.toAddress })
    .from(letters)
    .innerJoin(emailMessages, eq(emailMessages.id, letters.emailMessageId))
    .where(eq(emailMessages.providerId, providerId))
    .limit(1);
  const target = rows[0];
  if (!target) return;
  const disabled = target.representativeId
    ? await tx.db
        .update(representatives)
        .set({ emailDisabledAt: sql`now()`, updatedAt: sql`now()` })
        .where(and(eq(representatives.id, target.representativeId), isNull(representatives.emailDisabledAt)))
        .returning({ id: representatives.id })
    : target.fixedTargetId
      ? await tx.db
          .update(fixedTargets)
          .set({ emailDisabledAt: sql`now()`, updatedAt: sql`now()` })
          .where(and(eq(fixedTargets.id, target.fixedTargetId), isNull(fixedTargets.emailDisabledAt)))
          .returning({ id: fixedTargets.id })
      : [];
  if (disabled.length === 0) return;
  const staff = await tx.db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(inArray(users.role, ["admin", "organiser"]), isNull(users.disabledAt)));
  for (const person of staff) {
    if (!person.email) continue;
    await queueEmail(tx, {
      category: "transactional",
      template: "target-bounced",
      props: { targetName: target.name, address: target.address },
      locale: "en",
      to: person.email,
      idempotencyKey: `target-bounced/${disabled[0]!.id}/${person.id}/${new Date().toISOString().slice(0, 10)}`,
    });
  }
}
