import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { emailMessages } from "@/db/schema";
import { maskSecretLinks } from "./mask-secret-links";
import { authorize } from "@/server/auth/permissions";
import { database, type Context } from "@/server/context";
import { emailKind } from "./email-kind";

// Sign-in links are credentials: nobody reads them from the log, only from their own inbox.
const REDACTED_KINDS = new Set([emailKind("sign-in-link")]);

/** One email with its body when the local outbox kept it, secret links masked (admins and organisers). */
export async function getEmail(ctx: Context, id: string) {
  authorize(ctx, "outbox.read");
  const messageId = z.uuid().safeParse(id);
  if (!messageId.success) return null;
  const [row] = await database(ctx).select().from(emailMessages).where(eq(emailMessages.id, messageId.data));
  if (!row) return null;
  const redacted = REDACTED_KINDS.has(row.kind);
  return {
    id: row.id,
    kind: row.kind,
    category: row.category,
    status: row.status,
    to: row.toAddress,
    subject: row.subject,
    attempts: row.attempts,
    lastError: row.lastError,
    transport: row.transport,
    providerId: row.providerId,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
    redacted,
    // Every other link that acts as its recipient (confirm, letters, unsubscribe, preferences)
    // is shown with its token hidden: an organiser reading the log must not be able to use it.
    text: redacted || !row.textBody ? null : maskSecretLinks(row.textBody),
    html: redacted || !row.html ? null : maskSecretLinks(row.html),
  };
}
