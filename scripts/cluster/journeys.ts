import type { StoredEmail } from "@/tests/support/resend-stub/server";
import { confirmLinkIn, parseConfirmForm } from "./confirm-form";
import type { Signer } from "./signers";
import { pause, type Traffic } from "./traffic";

const RETRY_MS = 300;

/** Signs through the API until answered 202 (a 5xx says "send it again"); throws on any other answer. Returns the attempts. */
export async function sign(traffic: Traffic, slug: string, signer: Signer): Promise<number> {
  const body = JSON.stringify({ name: "Cluster Signer", email: signer.email, postalCode: "K1A 0A6", locale: "en", subscribe: false });
  let last = "";
  for (let attempt = 0; attempt < 100; attempt++) {
    const { status, text } = await traffic.send("sign", `/api/campaigns/${slug}/signatures`, { method: "POST", body, headers: { "content-type": "application/json" }, from: signer.address });
    if (status === 202) return attempt + 1;
    if (status !== 0 && status < 500) throw new Error(`signing as ${signer.email} answered ${status}: ${text.slice(0, 200)}`);
    last = `${status} ${text.slice(0, 120)}`;
    await pause(RETRY_MS);
  }
  throw new Error(`signing as ${signer.email} never answered 202 (last answer: ${last})`);
}

/** Opens the emailed link and presses the button as a browser without JavaScript; retries while the site is unavailable. */
export async function confirm(traffic: Traffic, email: StoredEmail, signer: Signer, origin: string): Promise<void> {
  const link = confirmLinkIn(email as { html?: string; text?: string });
  if (!link) throw new Error(`the confirmation email to ${signer.email} has no confirm link`);
  const url = new URL(new URL(link).pathname, origin).toString();
  let last = "";
  for (let attempt = 0; attempt < 20; attempt++) {
    const page = await traffic.send("confirm-page", url, { from: signer.address });
    if (page.status === 200) {
      const form = parseConfirmForm(page.text, url);
      // No form: already confirmed by an earlier press (it links to the thank-you page), or the
      // notice that the database is unreachable (try again).
      if (!form && page.text.includes("/thank-you")) return;
      if (!form) {
        last = `a confirm page without a form: ${/<h1[^>]*>([^<]*)</.exec(page.text)?.[1] ?? page.text.slice(0, 200)}`;
        await pause(RETRY_MS);
        continue;
      }
      const posted = await traffic.send("confirm-post", form.url, { method: "POST", body: form.body, headers: { origin }, from: signer.address });
      const location = posted.response?.headers.get("location") ?? "";
      last = `${posted.status} ${location} ${posted.text.slice(0, 300)}`;
      if (posted.status >= 300 && posted.status < 400 && location.includes("/thank-you")) return;
      if (posted.status !== 0 && posted.status < 500 && !location.includes("state=")) {
        throw new Error(`confirming ${signer.email} answered ${posted.status} (location ${location || "none"})`);
      }
    } else if (page.status !== 0 && page.status < 500) throw new Error(`the confirm page for ${signer.email} answered ${page.status}`);
    await pause(RETRY_MS);
  }
  throw new Error(`confirming ${signer.email} never succeeded (last answer: ${last})`);
}
