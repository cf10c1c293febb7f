import { createServer, connect as tcpConnect, type Server, type Socket } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "@/db/client";
import { campaigns } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import { forgetPublicReads } from "@/server/public-pages/public-read";
import { organisation, publicCampaign } from "@/server/public-pages/public-reads";
import { createCampaign } from "../support/factories";

/*
 * The public pages read through a TCP relay to the real PostgreSQL; cutting the relay is a database
 * outage as the web process sees it (connections refused). A page seen before keeps its content.
 */

const target = new URL(process.env.DATABASE_URL ?? "");
const direct = connect(target.toString(), { max: 1 });
let relay: Server | undefined;
const open = new Set<Socket>();
let relayPort = 0;

function startRelay(port = 0): Promise<number> {
  relay = createServer((client) => {
    const upstream = tcpConnect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on("close", () => open.delete(socket));
      socket.on("error", () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  return new Promise((resolve) => relay!.listen(port, "127.0.0.1", () => resolve((relay!.address() as { port: number }).port)));
}

async function cutRelay() {
  const closed = new Promise((resolve) => relay!.close(resolve));
  for (const socket of open) socket.destroy();
  await closed;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  relayPort = await startRelay();
  const viaRelay = new URL(target.toString());
  viaRelay.port = String(relayPort);
  // The process-wide pool that every server verb uses (db/client.ts), pointed at the relay.
  const pool = connect(viaRelay.toString(), { max: 2 });
  (globalThis as { chorusDb?: unknown }).chorusDb = pool;
  await seedDemo(direct.db);
});

afterAll(async () => {
  await direct.sql.end();
  if (relay?.listening) await cutRelay();
});

describe("public reads during a database outage", () => {
  it("serve the last good campaign and footer once their memo has expired and the database is unreachable, and fresh ones after", async () => {
    const campaign = await createCampaign(direct.db);
    const seen = await publicCampaign(campaign.slug, "fr");
    const footer = await organisation();
    expect(seen?.title).toBe(campaign.titleFr);
    expect(footer?.name).toBeTruthy();

    await cutRelay();
    await pause(2_100); // past the campaign memo's two seconds
    forgetPublicReads(); // a write just before the outage expires everything: still covered
    expect((await publicCampaign(campaign.slug, "fr"))?.title).toBe(campaign.titleFr);
    expect((await organisation())?.name).toBe(footer?.name);
    // A page nobody saw before has nothing to fall back on: the error reaches the page.
    await expect(publicCampaign(`never-seen-${campaign.slug}`, "fr")).rejects.toThrow();

    await direct.db
      .update(campaigns)
      .set({ titleFr: `${campaign.titleFr} (modifié)` })
      .where(eq(campaigns.id, campaign.id));
    await startRelay(relayPort);
    await pause(2_100); // the failed reload is retried once the memo's time has passed again
    await expect.poll(async () => (await publicCampaign(campaign.slug, "fr"))?.title, { timeout: 10_000 }).toBe(`${campaign.titleFr} (modifié)`);
  });
});
