import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emailMessages } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import { startWorker, type RunningWorker } from "@/jobs/start-worker";
import { runInTransaction } from "@/db/transaction";
import { queueEmail } from "@/server/mail/queue-email";
import { getEmail } from "@/server/mail/get-email";
import { publicContext } from "@/server/context";
import { readLocalMailbox } from "@/server/mail/read-local-mailbox";
import { confirmationUrl } from "@/server/mail/links";
import { uniqueSuffix } from "../support/factories";
import { dropWaitingMailJobs, waitFor } from "./support/mail-env";
import { createStaffMember, staffContextOf } from "./support/signed-in";

// No RESEND_API_KEY in this file: mail goes to the local outbox. Listening on localhost, as npm
// start does, opens the local mailbox.
process.env.HOSTNAME = "localhost";
let worker: RunningWorker;
beforeAll(async () => {
  await seedDemo(db());
  await dropWaitingMailJobs(db());
  worker = await startWorker({ connectionString: process.env.DATABASE_URL!, concurrency: 2, maintenanceSeconds: 5 });
});
afterAll(() => worker?.stop());

describe("the local outbox", () => {
  it("keeps the email instead of sending it, readable in full, and shows it in the developer's mailbox", async () => {
    const to = `local-${uniqueSuffix()}@example.org`;
    const url = `http://localhost:3000/api/auth/callback/email?token=${uniqueSuffix()}`;
    const { messageId } = await runInTransaction((tx) => queueEmail(tx, { category: "transactional", template: "sign-in-link", props: { url }, locale: "en", to, idempotencyKey: `test/${to}` }));
    const [row] = await waitFor(
      async () => {
        const rows = await db().select().from(emailMessages).where(eq(emailMessages.id, messageId));
        return rows[0]?.status === "sent" ? rows : null;
      },
      20_000,
      "the outbox to take it",
    );
    expect(row).toMatchObject({ transport: "outbox", subject: "Your sign-in link for Chorus", providerId: null, sealedProps: null });
    expect(row?.html).toContain("PO Box 4120");
    expect(row?.textBody).toContain(url);

    const mailbox = await readLocalMailbox(publicContext);
    expect(mailbox?.find((email) => email.id === messageId)?.text).toContain(url);
  });

  it("shows organisers the email's links with their secrets hidden; the developer's own mailbox keeps them", async () => {
    const to = `secret-${uniqueSuffix()}@example.org`;
    const token = `tok${uniqueSuffix()}`;
    const confirmUrl = confirmationUrl("http://localhost:3000", "fr", token);
    const { messageId } = await runInTransaction((tx) =>
      queueEmail(tx, {
        category: "transactional",
        template: "confirm-signature",
        props: { name: "Camille", campaignTitle: "Moratoire", confirmUrl },
        locale: "fr",
        to,
        idempotencyKey: `test/${to}`,
      }),
    );
    await waitFor(async () => (await db().select().from(emailMessages).where(eq(emailMessages.id, messageId)))[0]?.status === "sent", 20_000, "the outbox to take it");
    const organiser = await createStaffMember(db(), "organiser");
    const shown = await getEmail(staffContextOf(organiser), messageId);
    expect(shown?.text).toContain("http://localhost:3000/fr/confirmer/[hidden]");
    expect(shown?.html).toContain("http://localhost:3000/fr/confirmer/[hidden]");
    expect(`${shown?.text}${shown?.html}`).not.toContain(token);
    // The loopback-only demo mailbox is the supporter's own inbox: its link must work there.
    expect((await readLocalMailbox(publicContext))?.find((email) => email.id === messageId)?.text).toContain(confirmUrl);
  });
});
