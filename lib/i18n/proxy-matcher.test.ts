import { unstable_doesMiddlewareMatch as matches } from "next/experimental/testing/server";
import { describe, expect, it, vi } from "vitest";
import { config } from "@/proxy";
import { locales } from "./routing";

// Only the matcher is under test here; the middleware itself (which needs Next's runtime) is not loaded.
vi.mock("next-intl/middleware", () => ({ default: () => () => undefined }));

// A signed token as mail links carry it: base64url payload, a dot, base64url MAC.
const token = "eyJzdWIiOiIxMjMiLCJpYXQiOjE3MDAwMDAwMDB9.q0Zk1vXo9l2mQ4t_-Abc123";
const runs = (path: string) => matches({ config, url: `http://localhost${path}` });

describe("proxy matcher", () => {
  it("runs locale routing on every localized path, even one whose token has a dot", () => {
    for (const locale of locales) expect(runs(`/${locale}/campaigns`)).toBe(true);
    expect(runs(`/fr/desabonnement/${token}`)).toBe(true);
    expect(runs(`/en/unsubscribe/${token}`)).toBe(true);
    expect(runs(`/fr/preferences/${token}`)).toBe(true);
  });

  it("gives a locale to the home page and to paths typed without one", () => {
    expect(runs("/")).toBe(true);
    expect(runs("/campaigns/moratorium")).toBe(true);
  });

  it("leaves API routes, Next internals, feeds and static files alone", () => {
    for (const path of ["/api/unsubscribe/" + token, "/_next/static/chunks/app.js", "/favicon.ico", "/robots.txt", "/feeds/updates.rss", "/icon.svg"]) {
      expect(runs(path), path).toBe(false);
    }
  });
});
