import { describe, expect, it } from "vitest";
import { NO_SCRIPT_POLICY, newNonce, pagePolicy, strictTransportSecurity } from "./content-security-policy";

const directive = (policy: string, name: string) => policy.split("; ").find((part) => part.startsWith(`${name} `));

describe("the security headers", () => {
  it("let a page's scripts run only with its nonce: no 'unsafe-inline', eval only for the dev server", () => {
    const nonce = newNonce();
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(nonce);
    const production = pagePolicy(nonce);
    expect(directive(production, "script-src")).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(pagePolicy(nonce, true)).toContain("'unsafe-eval'");
    for (const rule of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'", "img-src 'self' data: blob:", "default-src 'self'"]) expect(production).toContain(rule);
    expect(directive(NO_SCRIPT_POLICY, "script-src")).toBe("script-src 'none'");
  });

  it("send HSTS only when the public address is https", () => {
    expect(strictTransportSecurity("https://petitions.example.org")).toBe("max-age=31536000; includeSubDomains");
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
  });
});
