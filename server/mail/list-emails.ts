import "server-only";
import { and, count, desc, eq, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { emailMessages, emailStatusEnum } from "@/db/schema";
import { authorize } from "@/server/auth/permissions";
import { database, type Context } from "@/server/context";

export const listEmailsInput = z.object({
  status: z.enum([...emailStatusEnum.enumValues, "kept"]).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

const PAGE_SIZE = 50;

export type EmailListItem = {
  id: string;
  kind: string;
  status: (typeof emailStatusEnum.enumValues)[number];
  to: string;
  subject: string | null;
  attempts: number;
  lastError: string | null;
  transport: string | null;
  createdAt: Date;
  sentAt: Date | null;
};

/** The email log, newest first, optionally by state as organisers read it (see shownStatus; admins and organisers). */
export async function listEmails(ctx: Context, input: z.input<typeof listEmailsInput>) {
  authorize(ctx, "outbox.read");
  const { status, page } = listEmailsInput.parse(input);
  const where: SQL | undefined =
    status === "kept" ? and(eq(emailMessages.status, "sent"), eq(emailMessages.transport, "outbox")) : status === "sent" ? and(eq(emailMessages.status, "sent"), sql`${emailMessages.transport} is distinct from 'outbox'`) : status ? eq(emailMessages.status, status) : undefined;
  const [rows, [total]] = await Promise.all([
    database(ctx)
      .select({
        id: emailMessages.id,
        kind: emailMessages.kind,
        status: emailMessages.status,
        to: emailMessages.toAddress,
        subject: emailMessages.subject,
        attempts: emailMessages.attempts,
        lastError: emailMessages.lastError,
        transport: emailMessages.transport,
        createdAt: emailMessages.createdAt,
        sentAt: emailMessages.sentAt,
      })
      .from(emailMessages)
      .where(and(where))
      .orderBy(desc(emailMessages.createdAt))
      .limit(PAGE_SIZE)
      .offset((page - 1) * PAGE_SIZE),
    database(ctx).select({ n: count() }).from(emailMessages).where(and(where)),
  ]);
  return { items: rows satisfies EmailListItem[], page, pages: Math.max(1, Math.ceil((total?.n ?? 0) / PAGE_SIZE)) };
}
