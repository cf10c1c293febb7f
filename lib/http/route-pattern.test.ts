import { describe, expect, it } from "vitest";
import { routeMatcher } from "./route-pattern.mjs";

// The shape of .next/routes-manifest.json (Next writes these regexes for app routes).
const route = routeMatcher({
  staticRoutes: [
    { page: "/api/health", regex: "^/api/health(?:/)?$" },
    { page: "/feed.xml", regex: "^/feed\\.xml(?:/)?$" },
  ],
  dynamicRoutes: [
    { page: "/[locale]", regex: "^/([^/]+?)(?:/)?$" },
    { page: "/[locale]/campaigns/[slug]", regex: "^/([^/]+?)/campaigns/([^/]+?)(?:/)?$" },
  ],
});

describe("routeMatcher", () => {
  it("names the route pattern, never the values in the path or the query", () => {
    expect(route("/en/campaigns/save-the-river?token=secret")).toBe("/[locale]/campaigns/[slug]");
    expect(route("/fr/campaigns/autre/")).toBe("/[locale]/campaigns/[slug]");
    expect(route("/api/health")).toBe("/api/health");
    expect(route("/fr")).toBe("/[locale]");
  });

  it("puts build assets and unknown paths in bounded buckets", () => {
    expect(route("/_next/static/chunks/abc123.js")).toBe("/_next/static");
    expect(route("/_next/image?url=%2Fa.png&w=640")).toBe("/_next/image");
    expect(route("/en/campaigns/x/y/z")).toBe("other");
    expect(route(undefined)).toBe("other");
  });

  it("answers other for everything without a manifest", () => {
    expect(routeMatcher({})("/api/health")).toBe("other");
  });
});
