import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { connect } from "@/db/client";
import { demoCampaign } from "@/db/seed/content";
import { startChild, waitForHttp, type Child } from "@/scripts/lib/children";
import { pickPort } from "@/scripts/lib/ports";
import { assembleLayout } from "@/scripts/lib/standalone";
import { e2eServerEnv } from "./support/server-env";

/*
 * The container image runs only its runtime layout (Dockerfile: scripts/standalone.ts), never the
 * clone. Here that layout is assembled from the suite's build into a folder outside the project, so
 * that Node cannot fall back on the project's node_modules, and the image's three commands run from
 * it as the image runs them (entrypoint.sh): migrate on an empty database, then web and worker.
 */

const run = (layout: string, command: string, env: NodeJS.ProcessEnv): Child => startChild(`image:${command}`, "/bin/sh", ["entrypoint.sh", command], { cwd: layout, env, ownGroup: true, graceMs: 10_000 });

test("the image's layout migrates an empty database, serves the app and runs a worker that sends its mail", async () => {
  test.setTimeout(180_000);
  const layout = mkdtempSync(path.join(tmpdir(), "chorus-layout-"));
  const database = `chorus_layout_${process.pid}_${Date.now()}`;
  const admin = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  const children: Child[] = [];
  try {
    await assembleLayout(process.cwd(), layout);
    // No TypeScript and no source in the image: what runs is compiled.
    expect(existsSync(path.join(layout, "node_modules", "tsx"))).toBe(false);
    expect(existsSync(path.join(layout, "next.config.ts"))).toBe(false);

    await admin.sql.unsafe(`create database ${database}`);
    const url = new URL(process.env.DATABASE_URL ?? "");
    url.pathname = `/${database}`;
    const [port, health] = [await pickPort(), await pickPort()];
    // The suite's settings and PATH only: nothing of this process (a loader in NODE_OPTIONS) leaks in.
    const env: NodeJS.ProcessEnv = { NODE_ENV: "production", PATH: process.env.PATH, ...e2eServerEnv(), DATABASE_URL: url.toString(), PORT: String(port), HOSTNAME: "0.0.0.0", APP_URL: `http://localhost:${port}`, WORKER_HEALTH_PORT: String(health) };

    for (const step of ["migrate", "seed"]) expect(await run(layout, step, env).exited, step).toBe(0);
    const web = run(layout, "web", env);
    const worker = run(layout, "worker", env);
    children.push(web, worker);
    await waitForHttp(`http://127.0.0.1:${port}/api/health`, 60_000, () => web.process.exitCode === null);
    await waitForHttp(`http://127.0.0.1:${health}/`, 60_000, () => worker.process.exitCode === null);

    const page = await fetch(`http://127.0.0.1:${port}/en/campaigns/${demoCampaign.slug}`);
    expect(page.status).toBe(200);
    // The browser's assets come from .next/static, which standalone output leaves out.
    const asset = /\/_next\/static\/[^"]+\.(?:css|js)/.exec(await page.text())?.[0];
    expect(asset).toBeTruthy();
    expect((await fetch(`http://127.0.0.1:${port}${asset}`)).status).toBe(200);

    const email = `layout-${Date.now()}@example.org`;
    const signed = await fetch(`http://127.0.0.1:${port}/api/campaigns/${demoCampaign.slug}/signatures`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Layout Test", email, postalCode: "K1A 0A6", country: "CA", locale: "en", subscribe: false }),
    });
    expect(signed.status).toBe(202);
    const fresh = connect(url.toString(), { max: 1 });
    try {
      // The confirmation email is the worker's job: rendered and handed to the Resend stub.
      await expect.poll(async () => (await fresh.sql<{ status: string }[]>`select status from email_messages where to_address = ${email}`)[0]?.status, { timeout: 30_000 }).toBe("sent");
    } finally {
      await fresh.sql.end({ timeout: 5 });
    }
  } finally {
    await Promise.all(children.map((child) => child.stop()));
    await admin.sql.unsafe(`drop database if exists ${database} with (force)`).catch(() => undefined);
    await admin.sql.end({ timeout: 5 });
    rmSync(layout, { recursive: true, force: true });
  }
});
