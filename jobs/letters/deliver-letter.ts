import { and, eq, gt, sql } from "drizzle-orm";
import { letterActions, letters, supporters } from "@/db/schema";
import { defineJob } from "@/jobs/define-job";
import { transaction } from "@/jobs/transaction";
import { organisationName } from "@/lib/i18n/organisation-name";
import { isOfficeHours, nextOfficeHours, timeZoneOf } from "@/lib/letters/office-hours";
import { getOrganisation } from "@/server/organisation/get-organisation";
import { queueEmail } from "@/server/mail/queue-email";
import { requeueFailedEmail } from "@/server/mail/requeue-failed-email";

const HOUR_MS = 3_600_000;
// Canadian privacy laws (PIPEDA, and Quebec's, BC's and Alberta's) give an organisation 30 days to answer an access request.
const ANSWER_DAYS = 30;

/**
 * Hands one letter to the email pipeline, within its target's hourly limit. The count and the hand-
 * over happen under a lock on the target (a transaction-scoped advisory lock), so any number of
 * workers together never exceed the limit; a letter over it is queued again for when a slot frees.
 * With office hours on, a letter outside them waits for the recipient's next opening.
 * The email then goes out "From: <Supporter> via <Organisation>", replies to the supporter.
 */
export const deliverLetter = defineJob({
  queue: "letters.deliver",
  async handle({ letterId }) {
    const organisation = await getOrganisation();
    await transaction(async (tx) => {
      const [letter] = await tx.db.select().from(letters).where(eq(letters.id, letterId)).for("update");
      if (!letter || letter.state !== "queued") return;
      await tx.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`letter-target:${letter.targetKey}`}))`);
      const [action] = await tx.db.select({ max: letterActions.maxPerHourPerTarget, officeHoursOnly: letterActions.officeHoursOnly, kind: letterActions.kind }).from(letterActions).where(eq(letterActions.campaignId, letter.campaignId));
      const zone = timeZoneOf(letter.targetRegion);
      if (action?.officeHoursOnly && !isOfficeHours(new Date(), zone)) {
        await tx.enqueue("letters.deliver", { letterId }, { startAfter: nextOfficeHours(new Date(), zone) });
        return;
      }
      const since = new Date(Date.now() - HOUR_MS);
      const [recent] = await tx.db
        .select({ n: sql<number>`count(*)::int`, oldest: sql<string | null>`min(${letters.handedOverAt})::text` })
        .from(letters)
        .where(and(eq(letters.targetKey, letter.targetKey), gt(letters.handedOverAt, since)));
      if ((recent?.n ?? 0) >= (action?.max ?? 30)) {
        // The earliest moment a slot frees: an hour after the oldest hand-over in the window.
        const freeAt = new Date(Date.parse(recent!.oldest!) + HOUR_MS + 1_000);
        await tx.enqueue("letters.deliver", { letterId }, { startAfter: freeAt });
        return;
      }
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
      const answerDue = action?.kind === "data_access" ? new Date(Date.now() + ANSWER_DAYS * 86_400_000) : null;
      if (answerDue) {
        // The supporter keeps a copy of a data-access request, with the date its answer is due.
        await queueEmail(tx, {
          category: "transactional",
          template: "access-request-copy",
          props: { organisation: letter.toName, subject: letter.subject, body: letter.body, answerDue: answerDue.toISOString().slice(0, 10) },
          locale: letter.locale,
          to: supporter.email,
          toName: supporter.name,
          supporterId: supporter.id,
          idempotencyKey: `access-request-copy/${letter.id}`,
        });
      }
      await tx.db.update(letters).set({ state: "handed_over", emailMessageId: messageId, handedOverAt: sql`now()`, answerDueAt: answerDue }).where(eq(letters.id, letterId));
    });
  },
});
