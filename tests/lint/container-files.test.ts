import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";

/*
 * No container daemon runs where the suite runs, so the image and compose files are checked for
 * what a daemon would trip on: that they parse, that the services find each other under the names
 * and ports the nginx and PgBouncer files use, and that every command the services give is one the
 * image's entrypoint knows. The layout the image runs is itself tested in tests/e2e/image-layout.spec.ts.
 */

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");
type Service = { image?: string; command?: string[]; environment?: Record<string, string>; depends_on?: Record<string, { condition: string }>; ports?: string[]; volumes?: string[] };

function compose(): Record<string, Service> {
  const document = parseDocument(read("compose.yaml"), { merge: true });
  expect(document.errors).toEqual([]);
  return (document.toJS({ maxAliasCount: 100 }) as { services: Record<string, Service> }).services;
}

// Compose fills ${POSTGRES_PASSWORD…} in; any stand-in will do for a URL parser.
const hostPort = (url: string) => {
  const { hostname, port } = new URL(url.replace(/\$\{[^}]*\}/g, "secret"));
  return `${hostname}:${port}`;
};

describe("compose.yaml", () => {
  const services = compose();
  const app = ["migrate", "web1", "web2", "worker1", "worker2"];

  it("runs the issue's topology, every Chorus process from one image", () => {
    expect(Object.keys(services).sort()).toEqual(["migrate", "nginx", "pgbouncer", "postgres", "web1", "web2", "worker1", "worker2"]);
    expect(new Set(app.map((name) => services[name]!.image))).toEqual(new Set(["chorus:local"]));
  });

  it("gives only commands the entrypoint knows", () => {
    const known = [...read("deploy/entrypoint.sh").matchAll(/^\s+([a-z]+)\)/gm)].map((match) => match[1]);
    for (const name of app) expect(known).toContain(services[name]!.command?.[0]);
  });

  it("migrates once, straight to PostgreSQL, before any web or worker starts", () => {
    expect(hostPort(services.migrate!.environment!.DATABASE_URL!)).toBe("postgres:5432");
    expect(services.migrate!.environment!.DATABASE_POOLED).toBe("0");
    for (const name of ["web1", "web2", "worker1", "worker2"]) expect(services[name]!.depends_on?.migrate?.condition).toBe("service_completed_successfully");
  });

  it("sends web and workers through PgBouncer, pooled, and trusts nginx as the one proxy", () => {
    for (const name of ["web1", "web2", "worker1", "worker2"]) {
      expect(hostPort(services[name]!.environment!.DATABASE_URL!)).toBe("pgbouncer:6432");
      expect(services[name]!.environment!.DATABASE_POOLED).toBe("1");
    }
    for (const name of ["web1", "web2"]) expect(services[name]!.environment).toMatchObject({ TRUSTED_PROXY_COUNT: "1", HOSTNAME: "0.0.0.0", PORT: "3000" });
  });

  it.skipIf(!existsSync(path.join(root, "deploy/pgbouncer/pgbouncer.ini")))("agrees with deploy/pgbouncer/pgbouncer.ini on its port and PostgreSQL's host", () => {
    const ini = read("deploy/pgbouncer/pgbouncer.ini");
    expect(/^\s*listen_port\s*=\s*(\d+)/m.exec(ini)?.[1]).toBe("6432");
    expect(ini).toMatch(/^\s*pool_mode\s*=\s*transaction/m);
    expect(ini).toMatch(/host=postgres\b/);
  });

  it.skipIf(!existsSync(path.join(root, "deploy/nginx/chorus.conf")))("agrees with deploy/nginx/chorus.conf on the upstreams and the port it listens on", () => {
    const conf = read("deploy/nginx/chorus.conf");
    expect(conf).toMatch(/server\s+web1:3000\b/);
    expect(conf).toMatch(/server\s+web2:3000\b/);
    expect(conf).toMatch(/listen\s+(?:[^;\s]*:)?8080\b/);
    expect(services.nginx!.ports).toContain("8080:8080");
    expect(services.nginx!.volumes).toContain("./deploy/nginx/chorus.conf:/etc/nginx/conf.d/default.conf:ro");
  });
});

describe("Dockerfile", () => {
  const dockerfile = read("Dockerfile");
  const runtime = dockerfile.slice(dockerfile.lastIndexOf("\nFROM "));

  it("builds the layout the e2e spec tests and runs it as an unprivileged user", () => {
    expect(dockerfile).toMatch(/npx tsx scripts\/standalone\.ts \/layout/);
    expect(runtime).toMatch(/COPY --from=build [^\n]*\/layout \.\//);
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/NODE_ENV=production/);
  });

  it("checks /api/health on the port it exposes, and starts the web by default", () => {
    expect(runtime).toMatch(/^HEALTHCHECK[\s\S]*\/api\/health/m);
    expect(runtime).toMatch(/PORT=3000/);
    expect(runtime).toMatch(/^EXPOSE 3000$/m);
    expect(runtime).toMatch(/^ENTRYPOINT \["\/app\/entrypoint\.sh"\]$/m);
    expect(runtime).toMatch(/^CMD \["web"\]$/m);
  });
});

describe("deploy/env.example", () => {
  const known = new Set([...read("lib/env.ts").matchAll(/^ {4}([A-Z][A-Z0-9_]+):/gm)].map((match) => match[1]));
  const lines = read("deploy/env.example")
    .split("\n")
    .filter((line) => /^[A-Z]/.test(line));

  it("names only variables Chorus reads (and the database password compose needs)", () => {
    for (const line of lines) expect(["POSTGRES_PASSWORD", ...known]).toContain(line.split("=")[0]);
  });

  it("commits no secret", () => {
    for (const secret of ["POSTGRES_PASSWORD", "AUTH_SECRET", "RESEND_API_KEY", "RESEND_WEBHOOK_SECRET", "METRICS_TOKEN"]) expect(lines).toContain(`${secret}=`);
  });
});
