import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metrics } from "./registry.mjs";
import { answerMetrics, bearerAllows } from "./serve.mjs";

const token = "a-metrics-token-of-32-characters";

describe("bearerAllows", () => {
  it("accepts only the exact token after Bearer", () => {
    expect(bearerAllows(`Bearer ${token}`, token)).toBe(true);
    expect(bearerAllows(`Bearer ${token}x`, token)).toBe(false);
    expect(bearerAllows(`Bearer ${token.slice(0, -1)}`, token)).toBe(false);
    expect(bearerAllows(token, token)).toBe(false);
    expect(bearerAllows(`Basic ${token}`, token)).toBe(false);
    expect(bearerAllows(undefined, token)).toBe(false);
  });
});

describe("answerMetrics on a real server", () => {
  const servers: Server[] = [];
  const start = async (configured: string | undefined) => {
    const server = createServer(async (request, response) => {
      if (!(await answerMetrics(request, response, configured))) response.end("next");
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };
  let guarded = "";
  let open = "";
  beforeAll(async () => {
    guarded = await start(token);
    open = await start(undefined);
  });
  afterAll(() => servers.forEach((server) => server.close()));

  it("answers 404 when no token is configured, 401 on a wrong one", async () => {
    expect((await fetch(`${open}/metrics`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(404);
    expect((await fetch(`${guarded}/metrics`)).status).toBe(401);
    expect((await fetch(`${guarded}/metrics`, { headers: { authorization: "Bearer wrong-token-wrong-token" } })).status).toBe(401);
  });

  it("serves the registry, uncached, with the right token; other paths go on", async () => {
    metrics().signaturesAccepted.inc();
    const answer = await fetch(`${guarded}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    const text = await answer.text();
    expect(text).toMatch(/^chorus_signatures_accepted_total [1-9]/m);
    expect(text).toContain("process_cpu_user_seconds_total");
    expect(await (await fetch(`${guarded}/metricsx`)).text()).toBe("next");
  });
});
