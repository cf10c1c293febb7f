import postgres from "postgres";
import type { StoredEmail } from "@/tests/support/resend-stub/server";
import { addressOf } from "./mailbox";
import type { Signer } from "./signers";
import type { Sent } from "./traffic";

export type Sample = { at: number; count: number };
/** A campaign page view: the count shown, nginx's cache status and the web process's. */
export type PageSample = Sample & { cache: string | null | undefined; origin?: string | null };
export type Outage = { downAt: number; upAt: number };
/** When the SIGKILL was sent, and when the process was seen gone (reaped). */
export type WebKill = { at: number; deadAt: number };

/** What the issue asks of the run, each as a sentence saying what was wrong (empty: all held). */
export async function checkRun(input: { directUrl: string; slug: string; signers: Signer[]; emails: StoredEmail[]; sent: Sent[]; pageSamples: PageSample[]; dbSamples: Sample[]; outage: Outage; webKill: WebKill; finalPageCount: number | undefined }): Promise<string[]> {
  const problems: string[] = [];
  const sql = postgres(input.directUrl, { max: 1, onnotice: () => undefined });
  try {
    const distinct = new Set(input.signers.map((signer) => signer.canonical));
    const rows = await sql<{ canonical_email: string; state: string; n: number; consents: number; confirms: number }[]>`
      select s.canonical_email, s.state, count(*) over (partition by s.canonical_email)::int as n,
             (select count(*)::int from consent_records c where c.supporter_id = s.supporter_id and c.campaign_id = s.campaign_id) as consents,
             (select count(*)::int from email_messages m where m.idempotency_key like 'confirm/' || s.id || '%') as confirms
      from signatures s join campaigns k on k.id = s.campaign_id where k.slug = ${input.slug}`;
    const stored = new Map(rows.map((row) => [row.canonical_email, row]));
    const missing = [...distinct].filter((canonical) => !stored.has(canonical));
    if (missing.length) problems.push(`${missing.length} signers answered 202 have no stored signature (e.g. ${missing[0]})`);
    if (rows.length !== distinct.size) problems.push(`${rows.length} signatures stored for ${distinct.size} distinct signers`);
    const twice = rows.filter((row) => row.n > 1);
    if (twice.length) problems.push(`${twice.length} signers have more than one signature (e.g. ${twice[0]!.canonical_email})`);
    const unconfirmed = rows.filter((row) => row.state !== "confirmed");
    if (unconfirmed.length) problems.push(`${unconfirmed.length} signatures not confirmed (e.g. ${unconfirmed[0]!.canonical_email}: ${unconfirmed[0]!.state})`);
    const noConsent = rows.filter((row) => row.consents === 0);
    if (noConsent.length) problems.push(`${noConsent.length} confirmed signatures without a consent record (a half-written confirmation)`);
    const noEmail = rows.filter((row) => row.confirms === 0);
    if (noEmail.length) problems.push(`${noEmail.length} signatures without their queued confirmation email (a half-written signing)`);

    // The provider's own log: each idempotency key delivered once, each person one confirmation.
    const byKey = new Map<string, number>();
    for (const email of input.emails) if (email.idempotencyKey) byKey.set(email.idempotencyKey, (byKey.get(email.idempotencyKey) ?? 0) + 1);
    const unkeyed = input.emails.filter((email) => !email.idempotencyKey).length;
    if (unkeyed) problems.push(`${unkeyed} emails reached the provider without an idempotency key`);
    const duplicated = [...byKey].filter(([, n]) => n > 1);
    if (duplicated.length) problems.push(`${duplicated.length} emails went out more than once (e.g. key ${duplicated[0]![0]}, ${duplicated[0]![1]} times)`);
    const confirmations = new Map<string, number>();
    const original = new Map(input.signers.filter((signer) => signer.repeatOf === undefined).map((signer) => [signer.email, signer.canonical]));
    for (const email of input.emails) {
      if (!email.subject.startsWith("Please confirm")) continue;
      const to = addressOf(email.to[0] ?? "");
      const canonical = original.get(to) ?? to;
      confirmations.set(canonical, (confirmations.get(canonical) ?? 0) + 1);
    }
    const notOne = [...distinct].filter((canonical) => confirmations.get(canonical) !== 1);
    if (notOne.length) problems.push(`${notOne.length} signers did not get exactly one confirmation email (e.g. ${notOne[0]}: ${confirmations.get(notOne[0]!) ?? 0})`);
    if (input.finalPageCount !== distinct.size) problems.push(`the campaign page shows ${input.finalPageCount ?? "no count"}, not the ${distinct.size} distinct signers`);

    problems.push(...checkStatuses(input.sent, input.outage, input.webKill));
    problems.push(...checkFreshness(input.pageSamples, input.dbSamples, input.outage));
  } finally {
    await sql.end();
  }
  return problems;
}

const OUTAGE_SLACK_MS = 1_000;
// nginx may hand a request to a keepalive connection of the killed process in the moment before
// the kernel's reset reaches it: written to that process, so never retried (not idempotent).
const KILL_SLACK_MS = 100;

/** A failure of a request nginx could have given to the web process as it was killed. */
const inFlightOnKill = (request: Sent, webKill: WebKill) => request.status >= 502 && request.startedAt <= webKill.deadAt + KILL_SLACK_MS && request.endedAt >= webKill.at;

/** 5xx only as PostgreSQL restarts (≤ 5 s of 503s) or in flight on the killed web process. */
export function checkStatuses(sent: Sent[], outage: Outage, webKill: WebKill): string[] {
  const problems: string[] = [];
  const failures = sent.filter((request) => request.status >= 500 || request.status === 0);
  const duringOutage = (request: Sent) => request.status === 503 && request.endedAt >= outage.downAt - OUTAGE_SLACK_MS && request.startedAt <= outage.upAt + 5_000;
  const unexplained = failures.filter((request) => !inFlightOnKill(request, webKill) && !duringOutage(request));
  if (unexplained.length) {
    const first = unexplained[0]!;
    problems.push(`${unexplained.length} failed answers outside the PostgreSQL restart and the killed web's in-flight requests (first: ${first.kind} ${first.status} at +${first.startedAt - (sent[0]?.startedAt ?? 0)} ms; ${failureGroups(unexplained, sent[0]?.startedAt ?? 0)})`);
  }
  // A page view is a 200 (or a 5xx explained above): a redirect or a 404 is a page that does not work.
  const unusable = sent.filter((request) => request.kind.startsWith("page") && request.status >= 300 && request.status < 500);
  if (unusable.length) problems.push(`${unusable.length} page views answered neither 200 nor 5xx (${failureGroups(unusable, sent[0]?.startedAt ?? 0)})`);
  const window = outageWindow(sent, webKill);
  if (window && window.lastAt - window.firstAt > 5_000) problems.push(`503s went on for ${((window.lastAt - window.firstAt) / 1000).toFixed(1)} s (at most 5 s allowed)`);
  return problems;
}

/** The span of 503 answers, leaving out those of the killed web's in-flight requests. */
export function outageWindow(sent: Sent[], webKill: WebKill): { firstAt: number; lastAt: number; count: number } | undefined {
  const unavailable = sent.filter((request) => request.status === 503 && !inFlightOnKill(request, webKill));
  if (!unavailable.length) return undefined;
  return { firstAt: Math.min(...unavailable.map((r) => r.endedAt)), lastAt: Math.max(...unavailable.map((r) => r.endedAt)), count: unavailable.length };
}

/** A page served from nginx's cache at t shows at least what the database had confirmed at t − 2 s. */
export function checkFreshness(pages: PageSample[], database: Sample[], outage?: Outage): string[] {
  // While PostgreSQL is away and just back, pages are served stale on purpose (the last good copy
  // beats an error page): freshness is what the caches promise when the database answers.
  const duringOutage = (at: number) => outage !== undefined && at >= outage.downAt - OUTAGE_SLACK_MS && at <= outage.upAt + 5_000;
  const hits = pages.filter((page) => page.cache === "HIT" && !duringOutage(page.at));
  if (!hits.length) return ["no campaign page came from nginx's cache (X-Cache-Status HIT): the page is not marked shareable"];
  let worst: { page: PageSample; behind: number } | undefined;
  for (const page of hits) {
    const before = database.filter((sample) => sample.at <= page.at - 2_000).at(-1);
    if (before && page.count < before.count && (!worst || before.count - page.count > worst.behind)) worst = { page, behind: before.count - page.count };
  }
  const at = worst ? ` at +${((worst.page.at - (pages[0]?.at ?? 0)) / 1000).toFixed(1)} s of the page views (web process cache: ${worst.page.origin ?? "none"})` : "";
  return worst ? [`a cached campaign page showed ${worst.page.count}${at}, more than 2 s behind the database (${worst.behind} confirmations missing)`] : [];
}

/** "confirm 500 ×12 (+23.1–40.2 s)" per kind and status: where failures cluster, to tell causes apart. */
function failureGroups(failures: Sent[], start: number): string {
  const groups = new Map<string, { n: number; first: number; last: number }>();
  for (const request of failures) {
    const key = `${request.kind} ${request.status}`;
    const group = groups.get(key) ?? { n: 0, first: request.startedAt, last: request.startedAt };
    group.n++;
    group.last = request.startedAt;
    groups.set(key, group);
  }
  const seconds = (at: number) => ((at - start) / 1000).toFixed(1);
  return [...groups].map(([key, g]) => `${key} ×${g.n} (+${seconds(g.first)}–${seconds(g.last)} s)`).join(", ");
}
