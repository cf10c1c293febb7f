import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const development = process.env.NODE_ENV === "development";

// 'self' only: the browser itself refuses any third-party script, style, font, image or beacon.
// Next's inline bootstrap scripts need 'unsafe-inline'; the dev server also needs eval.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src 'self'${development ? " ws:" : ""}`,
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join("; ");

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
          { key: "Content-Security-Policy", value: contentSecurityPolicy },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
