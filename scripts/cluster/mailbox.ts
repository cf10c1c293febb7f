import type { ResendStub, StoredEmail } from "@/tests/support/resend-stub/server";
import { pause } from "./traffic";

/** The bare address of a recipient written as "Name <address>". */
export const addressOf = (recipient: string) => (/<([^>]+)>/.exec(recipient)?.[1] ?? recipient).toLowerCase();

/**
 * The stub's received mail by recipient, for thousands of journeys waiting on their email at
 * once: each poll reads only what arrived since the last one. (Scanning every stored email for
 * every waiting journey took a quarter of a core at 5,000 signers, out of the two the cluster has.)
 */
export class Mailbox {
  private readonly byAddress = new Map<string, StoredEmail[]>();
  private seen = 0;
  private readAt = 0;
  constructor(private readonly stub: ResendStub) {}

  private refresh() {
    if (Date.now() - this.readAt < 100) return;
    this.readAt = Date.now();
    const emails = this.stub.emails();
    for (const email of emails.slice(this.seen)) {
      for (const to of email.to) {
        const address = addressOf(to);
        this.byAddress.set(address, [...(this.byAddress.get(address) ?? []), email]);
      }
    }
    this.seen = emails.length;
  }

  /** Every email received for `address` so far, oldest first. */
  to(address: string): StoredEmail[] {
    this.refresh();
    return this.byAddress.get(address.toLowerCase()) ?? [];
  }

  /** Waits for the confirmation email to `address` (the worker sends it through the queue). */
  async confirmationFor(address: string, timeoutMs: number): Promise<StoredEmail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.to(address).find((email) => email.subject.startsWith("Please confirm"));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no confirmation email to ${address} within ${timeoutMs / 1000} s`);
      await pause(250);
    }
  }
}
