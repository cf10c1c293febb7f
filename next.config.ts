import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { bodyLimits } from "./lib/http/body-limits";
import { NO_SCRIPT_POLICY } from "./lib/security/content-security-policy";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Responses the proxy does not see get a policy under which nothing runs; the proxy replaces it on
// every page with one carrying that response's nonce (lib/security/content-security-policy.ts).
// Lower-case key: the proxy's header of the same name then overrides it instead of being sent beside it.

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Shared responses are gzipped once, when the web server's cache keeps them (lib/http/response-cache.mjs),
  // and nginx compresses the rest: Next would re-compress every response.
  compress: false,
  reactStrictMode: true,
  // The embedded PostgreSQL's binaries and the mail SDK stay plain Node modules on the server; so do
  // the logger and metrics, which the bare-node web server shares with the bundle (lib/log, lib/metrics).
  serverExternalPackages: ["postgres", "pg-boss", "pino", "prom-client"],
  // The container image ships only what the server needs (.next/standalone, assembled by
  // scripts/standalone.ts), not the whole of node_modules.
  output: "standalone",
  experimental: {
    // Next's default is 1 MB (see lib/http/body-limits.ts for ours). The proxy refuses a larger
    // declared post with a 413 first: Next itself answers one with a 500 or its error page.
    serverActions: { bodySizeLimit: `${bodyLimits.serverAction / 1024}kb` },
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "content-security-policy", value: NO_SCRIPT_POLICY },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
