/**
 * The cluster test (npm test step "cluster", after "browser", on its build): the production shape
 * on loopback (scripts/cluster/topology.ts), 5,000 signers through nginx (a fifth repeating other
 * signers' addresses in other spellings), each confirming from its email, campaign-page views mixed
 * in; meanwhile one web and one worker are SIGKILLed and started again and PostgreSQL restarts.
 * Then every requirement of the issue is checked (checks.ts); exits 1 saying what was wrong.
 *   CLUSTER_SIGNERS=1000 npx tsx scripts/cluster/cluster-test.ts   (a shorter run while working on it)
 */
import postgres from "postgres";
import { checkRun, outageWindow, type Outage, type PageSample, type Sample, type WebKill } from "./checks";
import { pageCount } from "./confirm-form";
import { describeCluster, poolerProblems } from "./diagnose";
import { confirm, sign } from "./journeys";
import { Mailbox } from "./mailbox";
import { makeSigners } from "./signers";
import { startTopology } from "./topology";
import { inParallel, pause, Traffic } from "./traffic";

const TOTAL = Number(process.env.CLUSTER_SIGNERS ?? 5_000);
const REPEATS = Math.round(TOTAL / 5);
// No signer confirmed for this long: the cluster is stuck; say what each part reports, and stop.
const STALL_MS = 60_000;
const started = Date.now();
// CLUSTER_DIRECT=1: without PgBouncer (only to tell a pooling problem from another).
const topology = await startTopology({ pooled: process.env.CLUSTER_DIRECT !== "1" });
console.log(`Cluster up in ${((Date.now() - started) / 1000).toFixed(1)} s: nginx ${topology.nginx.origin}`);
let failed = true;
try {
  const { nginx, stub, campaignSlug: slug } = topology;
  const traffic = new Traffic(nginx.origin);
  const mailbox = new Mailbox(stub);
  const signers = makeSigners(TOTAL - REPEATS, REPEATS, String(process.pid));
  const originals = signers.filter((signer) => signer.repeatOf === undefined);
  const repeats = signers.filter((signer) => signer.repeatOf !== undefined);
  const confirmed = new Set<number>();
  const pageSamples: PageSample[] = [];
  const dbSamples: Sample[] = [];
  let running = true;
  const runStarted = Date.now();

  // Readers: the campaign page through nginx, and the database's confirmed count beside it.
  const page = `/en/campaigns/${slug}`;
  const viewer = (async () => {
    for (let n = 0; running; n++) {
      // Every fourth view in French, through the translated path's rewrite.
      if (n % 4 === 3) await traffic.send("page-fr", `/fr/campagnes/${slug}`, { from: `192.0.2.${n % 250}` });
      const { status, text } = await traffic.send("page", page, { from: `192.0.2.${n % 250}` });
      const count = status === 200 ? pageCount(text) : undefined;
      const response = traffic.sent.at(-1);
      if (count !== undefined) pageSamples.push({ at: Date.now(), count, cache: response?.cache, origin: response?.originCache });
      await pause(50);
    }
  })();
  const sql = postgres(topology.directUrl, { max: 1, onnotice: () => undefined, connect_timeout: 2 });
  const counter = (async () => {
    while (running) {
      const [row] = await sql<{ n: number }[]>`select count(*)::int as n from signatures s join campaigns c on c.id = s.campaign_id where c.slug = ${slug} and s.state = 'confirmed'`.catch(() => [undefined]);
      if (row) dbSamples.push({ at: Date.now(), count: row.n });
      await pause(200);
    }
  })();

  // Faults, each once the run is a given share through: a web, a worker mid-batch, PostgreSQL.
  const webKill: WebKill = { at: 0, deadAt: 0 };
  let outage: Outage = { downAt: 0, upAt: 0 };
  const progress = () => confirmed.size / originals.length;
  const faults = (async () => {
    while (progress() < 0.15) await pause(100);
    webKill.at = Date.now();
    await topology.webs[0]!.kill();
    webKill.deadAt = Date.now();
    console.log(`SIGKILLed web1 at +${webKill.at - runStarted} ms`);
    await pause(1_000);
    await topology.webs[0]!.start();
    while (progress() < 0.35) await pause(100);
    // Mid-batch: while the provider is receiving mail.
    const sentBefore = stub.requests().length;
    while (stub.requests().length === sentBefore && progress() < 1) await pause(10);
    await topology.workers[0]!.kill();
    console.log(`SIGKILLed worker1 at +${Date.now() - runStarted} ms`);
    await pause(1_000);
    await topology.workers[0]!.start();
    while (progress() < 0.55) await pause(100);
    outage = await topology.database.restart();
    console.log(`PostgreSQL restarted at +${outage.downAt - runStarted} ms (down ${outage.upAt - outage.downAt} ms)`);
  })();

  const journey = async (index: number) => {
    const signer = originals[index]!;
    const attempts = await sign(traffic, slug, signer);
    // A job held by the killed worker runs again after its expiry (30 s), maintenance and a retry delay.
    const email = await mailbox.confirmationFor(signer.email, 90_000);
    await confirm(traffic, email, signer, nginx.origin).catch((error: Error) => {
      const emails = mailbox.to(signer.email).length;
      throw new Error(`${error.message} [sign attempts ${attempts}, emails ${emails}]`);
    });
    confirmed.add(index);
    activity.made();
  };
  /**
   * Runs one phase of journeys; rejects, after saying what each part of the cluster reports, once
   * none has progressed for STALL_MS. Each phase has its own watcher, which ends with its phase.
   */
  let activity = { made: () => undefined as void };
  const watched = async (phase: Promise<void>, done: () => string) => {
    let lastAt = Date.now();
    let over = false;
    activity = { made: () => void (lastAt = Date.now()) };
    const watcher = (async () => {
      while (!over && Date.now() - lastAt < STALL_MS) await pause(1_000);
      if (over) return;
      console.error(`No progress for ${STALL_MS / 1000} s (${done()}):\n${await describeCluster(topology)}`);
      throw new Error("the cluster stopped making progress");
    })();
    await Promise.race([phase.finally(() => (over = true)), watcher]);
  };
  await watched(
    inParallel(
      originals.map((_, index) => index),
      32,
      journey,
    ),
    () => `${confirmed.size} of ${originals.length} signers confirmed`,
  );
  // Repeats after their original confirmed: the same one signature, an "already signed" email, no second confirmation.
  let repeatsDone = 0;
  await watched(
    inParallel(repeats, 16, async (signer) => {
      await sign(traffic, slug, signer);
      repeatsDone++;
      activity.made();
    }),
    () => `${repeatsDone} of ${repeats.length} repeats signed`,
  );
  await faults;

  // The page's count, once tallies have folded and the cache has refreshed.
  let finalPageCount: number | undefined;
  const distinct = originals.length;
  for (const deadline = Date.now() + 15_000; Date.now() < deadline && finalPageCount !== distinct; await pause(500)) {
    finalPageCount = pageCount((await traffic.send("page", page, { from: "192.0.2.251" })).text);
  }
  running = false;
  await Promise.all([viewer, counter]);
  await sql.end();
  const seconds = (Date.now() - runStarted) / 1000;

  const statuses = new Map<number, number>();
  for (const request of traffic.sent) statuses.set(request.status, (statuses.get(request.status) ?? 0) + 1);
  const window = outageWindow(traffic.sent, webKill);
  const hits = pageSamples.filter((sample) => sample.cache === "HIT").length;
  console.log(`\n${traffic.sent.length} requests in ${seconds.toFixed(1)} s; statuses ${[...statuses].map(([status, n]) => `${status}: ${n}`).join(", ")}`);
  console.log(`${distinct} distinct signers, ${repeats.length} repeats; ${stub.emails().length} emails; ${pageSamples.length} page views with a count (${hits} HIT)`);
  console.log(window ? `503 window: ${window.count} answers over ${((window.lastAt - window.firstAt) / 1000).toFixed(1)} s` : "503 window: none");

  const problems = await checkRun({ directUrl: topology.directUrl, slug, signers, emails: stub.emails(), sent: traffic.sent, pageSamples, dbSamples, outage, webKill, finalPageCount });
  for (const problem of problems) console.error(`✘ ${problem}`);
  if (problems.length > 0) console.error(`PostgreSQL's and PgBouncer's own complaints:\n${[...topology.database.problems(), ...poolerProblems(topology)].join("\n")}`);
  failed = problems.length > 0;
  console.log(failed ? `\nCluster test FAILED: ${problems.length} problems` : "\nCluster test passed");
} catch (error) {
  console.error(error);
  console.error(`What the cluster reports now:\n${await describeCluster(topology)}`);
} finally {
  // Bounded: a part that no longer answers must not keep the test from ending.
  await Promise.race([topology.stop(), pause(30_000).then(() => console.error("The cluster did not stop within 30 s; leaving it to exit."))]);
}
process.exit(failed ? 1 : 0);
