import "server-only";
import { env } from "@/lib/env";
import { localMailboxEnabled } from "./local-mailbox";

/** Whether this server shows its local mailbox to anyone (see server/mail/local-mailbox.ts). */
export function isLocalMailboxOpen(): boolean {
  return localMailboxEnabled(env());
}
