import "server-only";
import { eq, sql } from "drizzle-orm";
import { letterActions, letters, supporters } from "@/db/schema";
import { organisationName } from "@/lib/i18n/organisation-name";
import { isOfficeHours, nextOfficeHours, timeZoneOf } from "@/lib/letters/office-hours";
import { transaction, type Context } from "@/server/context";
import { queueEmail } from "@/server/mail/queue-email";
import { requeueFailedEmail } from "@/server/mail/requeue-failed-email";
import { getOrganisation } from "@/server/organisation/get-organisation";
import { queueAccessRequestCopy } from "./queue-access-request-copy";
import { DEFAULT_MAX_PER_HOUR, lockTarget, nextFreeSlot } from "./target-hourly-limit";

/**
 * Hands one letter to the email pipeline, within its target's hourly limit. The count and the hand-
 * over happen under a lock on the target (see lockTarget), so any number of workers together never
 * exceed the limit; a letter over it is queued again for when a slot frees (not retried).
 * With office hours on, a letter outside them waits for the recipient's next opening.
 * The email then goes out "From: <Supporter> via <Organisation>", replies to the supporter.
 */
export async function deliverLetter(context: Context, letterId: string): Promise<void> {
  const organisation = await getOrganisation();
  await transaction(context, async (tx) => {
    const [letter] = await tx.db.select().from(letters).where(eq(letters.id, letterId)).for("update");
    if (!letter || letter.state !== "queued") return;
    await lockTarget(tx, letter.targetKey);
    const [action] = await tx.db.select({ max: letterActions.maxPerHourPerTarget, officeHoursOnly: letterActions.officeHoursOnly, kind: letterActions.kind }).from(letterActions).where(eq(letterActions.campaignId, letter.campaignId));
    const zone = timeZoneOf(letter.targetRegion);
    if (action?.officeHoursOnly && !isOfficeHours(new Date(), zone)) {
      await tx.enqueue("letters.deliver", { letterId }, { startAfter: nextOfficeHours(new Date(), zone) });
      return;
    }
    const freeAt = await nextFreeSlot(tx, letter.targetKey, action?.max ?? DEFAULT_MAX_PER_HOUR);
    if (freeAt) {
      await tx.enqueue("letters.deliver", { letterId }, { startAfter: freeAt });
      return;
    }
    if (!letter.supporterId) return;
    const [supporter] = await tx.db.select().from(supporters).where(eq(supporters.id, letter.supporterId));
    if (!supporter) return;
    const { messageId, queued } = await queueEmail(tx, {
      category: "letter",
      template: "letter",
      props: { subject: letter.subject, body: letter.body, supporterName: supporter.name, ridingName: letter.ridingName, postalCode: letter.postalCode },
      locale: letter.locale,
      to: letter.toAddress,
      toName: letter.toName,
      supporterId: supporter.id,
      replyTo: supporter.email,
      fromName: organisation ? `${supporter.name} via ${organisationName(organisation, letter.locale)}` : supporter.name,
      idempotencyKey: `letter/${letter.id}`,
    });
    // A letter queued again by retryFailedLetters finds its failed email under the same key: that
    // email is sent again, never a second one (see requeueFailedEmail).
    if (!queued) await requeueFailedEmail(tx, messageId);
    const answerDue = action?.kind === "data_access" ? await queueAccessRequestCopy(tx, letter, supporter) : null;
    await tx.db
      .update(letters)
      .set({ state: "handed_over", emailMessageId: messageId, handedOverAt: sql`now()`, answerDueAt: answerDue })
      .where(eq(letters.id, letterId));
  });
}
