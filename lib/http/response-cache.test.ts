import { createServer, get, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { forgetCachedResponses, type CacheStore } from "./cache-store.mjs";
import { createResponseCache } from "./response-cache.mjs";

// A stand-in for Next behind the real hooks, as scripts/web-server.mjs wires them: it counts
// renders and answers as the route under test would, a new nonce on every render.
type Route = (request: IncomingMessage, response: ServerResponse, render: number) => void;
let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(route: Route, options: { now?: () => number; store?: CacheStore } = {}) {
  const cache = createResponseCache(options);
  let renders = 0;
  server = createServer((request, response) => {
    if (cache.serveFromCache(request, response)) return;
    cache.keepForCache(request, response);
    route(request, response, ++renders);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  return { get: (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers }), renders: () => renders, cache };
}

const publicPage: Route = (request, response, render) => {
  const nonce = `n${render}nonce`;
  response.setHeader("content-security-policy", `script-src 'nonce-${nonce}'`);
  response.setHeader("cache-control", "private, no-cache, no-store");
  response.setHeader("x-chorus-share", "s-maxage=1, stale-while-revalidate=10");
  response.setHeader("x-chorus-query", "page");
  response.setHeader("content-type", "text/html; charset=utf-8");
  response.write(`<html><script nonce="${nonce}">go()</script>`);
  response.end(`${"x".repeat(2000)} ${request.url}</html>`);
};

describe("the web process's shared cache", () => {
  it("answers a public page's second view itself, with the first render's nonce and policy", async () => {
    const app = await serve(publicPage);
    const first = await app.get("/en/campaigns/a");
    expect(first.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=1, stale-while-revalidate=10");
    expect(first.headers.get("x-chorus-cache")).toBe("miss");
    expect(first.headers.get("x-chorus-share")).toBeNull();
    const second = await app.get("/en/campaigns/a");
    expect(second.headers.get("x-chorus-cache")).toBe("hit");
    expect(second.headers.get("content-security-policy")).toBe("script-src 'nonce-n1nonce'");
    expect(await second.text()).toContain('nonce="n1nonce"');
    expect(app.renders()).toBe(1);
  });

  it("keeps one ETag across renders that differ only by nonce, and answers If-None-Match with a 304 without a policy", async () => {
    let clock = 0;
    const app = await serve(publicPage, { now: () => clock });
    const etag = (await app.get("/en/x")).headers.get("etag")!;
    clock += 60_000; // past fresh and stale: a new render, a new nonce
    const again = await app.get("/en/x");
    expect(app.renders()).toBe(2);
    expect(again.headers.get("etag")).toBe(etag);
    const revalidated = await app.get("/en/x", { "if-none-match": etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get("content-security-policy")).toBeNull();
    expect(revalidated.headers.get("cache-control")).toContain("s-maxage=1");
  });

  it("serves gzip made once when asked, plain otherwise, and says it varies by encoding", async () => {
    const app = await serve(publicPage);
    await app.get("/en/z");
    const zipped = await fetch(`http://127.0.0.1:${(server!.address() as AddressInfo).port}/en/z`, { headers: { "accept-encoding": "gzip" } });
    expect(zipped.headers.get("vary")).toMatch(/accept-encoding/i);
    const plain = await app.get("/en/z", { "accept-encoding": "identity" });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toContain("/en/z");
    expect(zipped.headers.get("x-chorus-cache")).toBe("hit");
    expect(app.renders()).toBe(1);
  });

  it("keys by the parameters the page reads, sorted, so junk does not make new entries", async () => {
    const app = await serve(publicPage);
    // A render of an address with junk is not kept (Next writes the address into the page)…
    expect((await app.get("/en/t?page=2&utm=1")).headers.get("x-chorus-cache")).toBeNull();
    expect((await app.get("/en/t?page=2")).headers.get("x-chorus-cache")).toBe("miss");
    // …but the clean copy answers it.
    expect((await app.get("/en/t?utm=2&page=2")).headers.get("x-chorus-cache")).toBe("hit");
    expect((await app.get("/en/t?page=3")).headers.get("x-chorus-cache")).toBe("miss");
    expect(app.renders()).toBe(3);
  });

  it("never stores nor shares a request with a session cookie or credentials, nor a response setting a cookie", async () => {
    const app = await serve((request, response, render) => {
      if (request.url === "/cookie") response.setHeader("set-cookie", "a=b");
      publicPage(request, response, render);
    });
    const personal: Record<string, string>[] = [{ cookie: "authjs.session-token=s" }, { authorization: "Bearer t" }, { cookie: "NEXT_LOCALE=fr; chorus-my-data=x" }];
    for (const headers of personal) {
      const answer = await app.get("/en/p", headers);
      expect(answer.headers.get("cache-control")).toBe("private, no-store");
      expect(answer.headers.get("x-chorus-cache")).toBe("bypass");
    }
    expect((await app.get("/en/p")).headers.get("x-chorus-cache")).toBe("miss");
    expect((await app.get("/cookie")).headers.get("cache-control")).toBe("private, no-store");
    expect((await app.get("/cookie")).headers.get("x-chorus-cache")).toBeNull();
    expect(app.renders()).toBe(6);
  });

  it("leaves private responses, posts, errors and Next's navigation requests alone", async () => {
    const app = await serve((request, response, render) => {
      if (request.url === "/admin") {
        response.setHeader("cache-control", "private, no-store");
        return response.end("panel");
      }
      if (request.url === "/missing") response.statusCode = 404;
      publicPage(request, response, render);
    });
    await app.get("/admin");
    expect((await app.get("/admin")).headers.get("x-chorus-cache")).toBeNull();
    await app.get("/missing");
    expect((await app.get("/missing")).status).toBe(404);
    await app.get("/en/n", { rsc: "1" });
    expect((await app.get("/en/n", { rsc: "1" })).headers.get("x-chorus-cache")).toBeNull();
    expect(app.renders()).toBe(6);
  });

  it("tells nginx to keep a live-count page until the second after its count was read, its own hits included", async () => {
    const app = await serve(publicPage);
    const before = Date.now();
    const first = await app.get("/en/live");
    const after = Date.now();
    const expiry = Number(first.headers.get("x-accel-expires")?.replace(/^@/, "")) * 1000;
    // The count may be 250 ms older than the render's start; nginx keeps it at most a second past that.
    expect(expiry).toBeGreaterThan(before - 250);
    expect(expiry).toBeLessThanOrEqual(after - 250 + 1000);
    const hit = await app.get("/en/live");
    expect(hit.headers.get("x-chorus-cache")).toBe("hit");
    expect(hit.headers.get("x-accel-expires")).toBe(first.headers.get("x-accel-expires"));
  });

  it("leaves pages kept for longer to their s-maxage alone", async () => {
    const app = await serve((request, response, render) => {
      publicPage(request, response, render);
    });
    server!.prependListener("request", (_request, response) => {
      const setHeader = response.setHeader.bind(response);
      response.setHeader = (name, value) => setHeader(name, name === "x-chorus-share" ? "s-maxage=10, stale-while-revalidate=60" : value);
    });
    const page = await app.get("/en/updates");
    expect(page.headers.get("cache-control")).toContain("s-maxage=10");
    expect(page.headers.get("x-accel-expires")).toBeNull();
  });

  it("hands out the stale copy while one request re-renders, then the new one", async () => {
    let clock = 0;
    const app = await serve(publicPage, { now: () => clock });
    await app.get("/en/s");
    clock = 500; // past 250 ms fresh, inside the stale window
    const store = app.cache.store;
    const entry = [...store.entries.values()][0]!;
    entry.refreshingSince = clock; // as if another request were rendering it now
    expect((await app.get("/en/s")).headers.get("x-chorus-cache")).toBe("stale");
    entry.refreshingSince = 0;
    expect((await app.get("/en/s")).headers.get("x-chorus-cache")).toBe("miss");
    expect(app.renders()).toBe(2);
  });

  it("forgets every entry when the shared generation moves (an organiser's change)", async () => {
    const app = await serve(publicPage);
    await app.get("/en/g");
    forgetCachedResponses();
    expect((await app.get("/en/g")).headers.get("x-chorus-cache")).toBe("miss");
  });
  it("answers a gzip body that inflates to the page", async () => {
    const app = await serve(publicPage);
    const port = (server!.address() as AddressInfo).port;
    await app.get("/en/raw");
    const raw = await new Promise<Buffer>((resolve) => get({ port, host: "127.0.0.1", path: "/en/raw", headers: { "accept-encoding": "gzip" } }, async (answer) => resolve(Buffer.concat(await answer.toArray()))));
    expect(gunzipSync(raw).toString()).toContain("/en/raw</html>");
  });

  it("keeps one copy per host, so a forged Host header cannot poison the others", async () => {
    const app = await serve((request, response, render) => {
      response.setHeader("link", `<http://${request.headers.host}/fr>; rel="alternate"`);
      publicPage(request, response, render);
    });
    await app.get("/en/h", { "x-forwarded-host": "evil.example" });
    const honest = await app.get("/en/h");
    expect(honest.headers.get("x-chorus-cache")).toBe("miss");
    expect(honest.headers.get("link")).not.toContain("evil");
  });

  it("keys by the address asked for, though Next rewrites request.url while it renders", async () => {
    const app = await serve((request, response, render) => {
      request.url = `/internal${request.url}`;
      request.headers["x-forwarded-host"] = "added.by.next";
      publicPage(request, response, render);
    });
    await app.get("/en/r?page=1");
    expect((await app.get("/en/r?page=1")).headers.get("x-chorus-cache")).toBe("hit");
    expect((await app.get("/en/r?junk=2&page=1")).headers.get("x-chorus-cache")).toBe("hit");
  });

  it("ignore the order of React's flight rows in scripts, not a change in the markup", async () => {
    let clock = 0;
    let shown = "12";
    const app = await serve(
      (_request, response, render) => {
        response.setHeader("x-chorus-share", "s-maxage=1");
        response.setHeader("content-type", "text/html");
        response.end(`<p>${shown}</p><script>self.__next_f.push(${render % 2 ? '"a","b"' : '"b","a"'})</script>`);
      },
      { now: () => clock },
    );
    const first = (await app.get("/en/e")).headers.get("etag");
    clock += 5_000;
    expect((await app.get("/en/e")).headers.get("etag")).toBe(first);
    shown = "13";
    clock += 5_000;
    expect((await app.get("/en/e")).headers.get("etag")).not.toBe(first);
    expect(app.renders()).toBe(3);
  });
});
