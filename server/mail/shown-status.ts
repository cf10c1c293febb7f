import { emailStatusEnum } from "@/db/schema";

type Status = (typeof emailStatusEnum.enumValues)[number];

/** An email's state as organisers read it: the stored state, except that "sent" to the local outbox is "kept". */
export type ShownStatus = Status | "kept";

export const SHOWN_STATUSES: readonly ShownStatus[] = [...emailStatusEnum.enumValues.slice(0, 3), "kept", ...emailStatusEnum.enumValues.slice(3)];

/**
 * Without a Resend key the outbox records an email as sent when it keeps it; to an organiser that
 * is not "sent" (no one received it), so the panel names it apart.
 */
export function shownStatus(status: Status, transport: string | null): ShownStatus {
  return status === "sent" && transport === "outbox" ? "kept" : status;
}
