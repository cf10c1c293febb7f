import { randomBytes } from "node:crypto";
import { connect } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { createCampaign } from "@/tests/support/factories";
import { startResendStub, type ResendStub } from "@/tests/support/resend-stub/server";
import { startNginx, type Nginx } from "../lib/nginx";
import { pickPort } from "../lib/ports";
import { startClusterDatabase, type ClusterDatabase } from "./database";
import { startPooler, type PgBouncer } from "./pooler";
import { webSlot, workerSlot, type Slot } from "./processes";

export type Topology = {
  database: ClusterDatabase;
  pooler: PgBouncer | undefined;
  stub: ResendStub;
  webs: Slot[];
  workers: Slot[];
  nginx: Nginx;
  /** The direct URL of the application database (for assertions, never for the app). */
  directUrl: string;
  campaignSlug: string;
  stop(): Promise<void>;
};

export type TopologyOptions = {
  webs?: number;
  workers?: number;
  /** false: the app talks to PostgreSQL directly (the bench's reference). */
  pooled?: boolean;
  /** false: no nginx in front (the bench's reference); `nginx` then points at web 1 itself. */
  proxied?: boolean;
  env?: Record<string, string>;
};

const DATABASE = "chorus";

/**
 * The production shape on loopback: a private PostgreSQL, PgBouncer (transaction mode),
 * web processes and workers (the production server on the existing build), the Resend stub as the
 * mail provider, and nginx with deploy/nginx/chorus.conf in front. Shared by the cluster test and
 * npm run bench:cluster. Stops everything it started if any part fails to start.
 */
export async function startTopology(options: TopologyOptions = {}): Promise<Topology> {
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch((error: unknown) => console.error(error));
  };
  try {
    const database = await startClusterDatabase();
    stops.push(() => database.stop());
    const admin = connect(database.url("postgres"), { max: 1 });
    await admin.sql`create database ${admin.sql(DATABASE)}`;
    await admin.sql.end();
    const directUrl = database.url(DATABASE);
    await migrateDatabase(directUrl);
    const seed = connect(directUrl, { max: 1 });
    const campaign = await createCampaign(seed.db, { goal: 100_000 });
    await seed.sql.end();

    const pooler = options.pooled === false ? undefined : await startPooler({ upstreamPort: database.port });
    if (pooler) stops.push(() => pooler.stop());
    const stub = await startResendStub({ keepBodies: true });
    stops.push(() => stub.close());

    const ports = new Set<number>();
    const count = (options.webs ?? 2) + (options.workers ?? 2) + 1;
    while (ports.size < count) ports.add(await pickPort());
    const [nginxPort, ...rest] = [...ports];
    const webPorts = rest.slice(0, options.webs ?? 2);
    const healthPorts = rest.slice(options.webs ?? 2);
    const appOrigin = options.proxied === false ? `http://127.0.0.1:${webPorts[0]}` : `http://127.0.0.1:${nginxPort}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: pooler ? pooler.url(DATABASE, "postgres") : directUrl,
      DATABASE_POOLED: pooler ? "1" : "0",
      DATABASE_DIRECT_URL: directUrl,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      APP_URL: appOrigin,
      RESEND_API_KEY: "re_cluster_test_key",
      RESEND_BASE_URL: stub.url,
      MAIL_FROM: "Chorus cluster <cluster@chorus.example>",
      // The stub takes anything; the queue's shared rate must not be what the run measures.
      MAIL_RATE_PER_SECOND: "500",
      // The load generator plays a CDN writing each signer's own address; nginx appends its peer.
      TRUSTED_PROXY_COUNT: options.proxied === false ? "1" : "2",
      REPRESENT_URL: "off",
      // A job held by a killed worker is handed out again soon after it expires.
      QUEUE_MAINTENANCE_SECONDS: "5",
      LOG_LEVEL: "warn",
      ...options.env,
    };
    for (const key of ["MAIL_LOCAL", "PORT", "HOSTNAME", "WORKER_HEALTH_PORT"]) delete env[key];

    const webs = webPorts.map((port, index) => webSlot(`web${index + 1}`, port, env));
    const workers = healthPorts.map((port, index) => workerSlot(`worker${index + 1}`, port, env));
    for (const process of [...webs, ...workers]) stops.push(() => process.stop());
    await Promise.all([...webs, ...workers].map((process) => process.start()));

    let nginx: Nginx;
    if (options.proxied === false) nginx = { port: webPorts[0]!, origin: appOrigin, dir: "", stop: async () => undefined };
    else {
      nginx = await startNginx({ upstreams: webPorts.map((port) => `127.0.0.1:${port}`), port: nginxPort });
      stops.push(() => nginx.stop());
    }
    return { database, pooler, stub, webs, workers, nginx, directUrl, campaignSlug: campaign.slug, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
