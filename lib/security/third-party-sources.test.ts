import { describe, expect, it } from "vitest";
import { pagePolicy } from "./content-security-policy";
import { thirdPartySources } from "./third-party-sources";

describe("thirdPartySources", () => {
  it("finds none in the policy Chorus ships, in production and in development", () => {
    expect(thirdPartySources(pagePolicy("abc"))).toEqual([]);
    expect(thirdPartySources(pagePolicy("abc", true))).toEqual([]);
  });

  it("names every outside host a policy would let pages load from", () => {
    const widened = "default-src 'self'; script-src 'self' 'nonce-x' https://stats.example.net; img-src 'self' data: https://cdn.example.org https://stats.example.net";
    expect(thirdPartySources(widened)).toEqual(["https://cdn.example.org", "https://stats.example.net"]);
  });
});
