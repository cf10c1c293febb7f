import "server-only";
import type { letters } from "@/db/schema";
import type { TxContext } from "@/server/context";
import { queueEmail } from "@/server/mail/queue-email";

// Canadian privacy laws (PIPEDA, and Quebec's, BC's and Alberta's) give an organisation 30 days to answer an access request.
const ANSWER_DAYS = 30;

type Letter = Pick<typeof letters.$inferSelect, "id" | "toName" | "subject" | "body" | "locale">;
type Supporter = { id: string; name: string; email: string };

/**
 * The supporter keeps a copy of a data-access request, with the date its answer is due (30 days
 * from its hand-over), queued in the transaction that hands the request over. Returns that date,
 * which the letter keeps for the reminder (see remindAccessRequests).
 */
export async function queueAccessRequestCopy(tx: TxContext, letter: Letter, supporter: Supporter): Promise<Date> {
  const answerDue = new Date(Date.now() + ANSWER_DAYS * 86_400_000);
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
  return answerDue;
}
