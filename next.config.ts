import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { NO_SCRIPT_POLICY } from "./lib/security/content-security-policy";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Responses the proxy does not see get a policy under which nothing runs; the proxy replaces it on
// every page with one carrying that response's nonce (lib/security/content-security-policy.ts).
// Lower-case key: the proxy's header of the same name then overrides it instead of being sent beside it.

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The embedded PostgreSQL's binaries and the mail SDK stay plain Node modules on the server.
  serverExternalPackages: ["postgres", "pg-boss"],
  experimental: {
    // Next's default is 1 MB. The largest form is the campaign editor (2 × 20,000 characters of
    // body plus shorter fields, under 200 KB even in four-byte characters); public forms are a
    // few KB. A larger post is refused by Next before any action runs.
    serverActions: { bodySizeLimit: "256kb" },
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
