import { sql } from "drizzle-orm";
import { emailMessages } from "@/db/schema";

/**
 * What an email keeps once the person it was to, or from, is forgotten: its delivery state
 * (status, category, kind, dates: the figures organisers see), and nothing written or addressed.
 */
export const bodiesGone = {
  props: null,
  sealedProps: null,
  html: null,
  textBody: null,
  subject: null,
  fromName: null,
  replyTo: null,
  lastError: null,
  supporterId: null,
  // Its text is gone: one not sent yet never will be.
  status: sql`case when ${emailMessages.status} = 'queued' then 'suppressed'::email_status else ${emailMessages.status} end`,
  updatedAt: sql`now()`,
};
