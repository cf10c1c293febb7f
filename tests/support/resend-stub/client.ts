import type { Fault, StoredEmail } from "./server";

/** Reads and steers a Resend stub running in another process (browser tests). */
export function resendStubClient(baseUrl: string) {
  const call = async <T>(path: string, init?: RequestInit): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, init);
    if (!response.ok) throw new Error(`Resend stub ${path} answered ${response.status}`);
    return (await response.json()) as T;
  };
  return {
    emailsTo: (address: string) => call<StoredEmail[]>(`/_stub/emails?to=${encodeURIComponent(address)}`),
    inject: (fault: Fault) => call(`/_stub/faults`, { method: "POST", body: JSON.stringify(fault) }),
    reset: () => call(`/_stub/reset`, { method: "POST" }),
    /** Polls until a message to the address (that `match` accepts) arrives: mail goes through the queue, so not at once. */
    async waitForEmailTo(address: string, timeoutMs = 15_000, match: (email: StoredEmail) => boolean = () => true): Promise<StoredEmail> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const [latest] = (await this.emailsTo(address)).filter(match).slice(-1);
        if (latest) return latest;
        if (Date.now() > deadline) throw new Error(`No email to ${address} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
  };
}
