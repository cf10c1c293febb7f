import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startChild } from "./children";
import { pickPort } from "./ports";

const root = path.resolve(import.meta.dirname, "../..");
const RECIPE = path.join(root, "deploy/nginx/chorus.conf");
const NGINX = process.env.NGINX_BIN ?? "/usr/sbin/nginx";

export type Nginx = { port: number; origin: string; dir: string; stop(): Promise<void> };

/**
 * The recipe's own config with this machine's loopback addresses: its upstream servers, listen
 * port and cache directory are the only lines replaced, so tests run what production runs. Throws
 * when a line it expects is gone, rather than silently testing something else.
 */
export function renderRecipe(upstreams: string[], port: number, cacheDir: string): string {
  let text = readFileSync(RECIPE, "utf8");
  const replace = (pattern: RegExp, by: string) => {
    if (!pattern.test(text)) throw new Error(`deploy/nginx/chorus.conf no longer has ${pattern}`);
    text = text.replace(pattern, by);
  };
  replace(/^(\s*)server web1:3000( [^;]*)?;\n\s*server web2:3000( [^;]*)?;$/m, upstreams.map((upstream) => `$1server ${upstream}$2;`).join("\n"));
  replace(/^(\s*)listen 8080;$/m, `$1listen 127.0.0.1:${port};`);
  replace(/proxy_cache_path \/var\/cache\/nginx\/chorus /, `proxy_cache_path ${cacheDir} `);
  return text;
}

/** The minimal main config around it: every file nginx writes stays inside `dir`. */
function mainConfig(dir: string): string {
  return `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  default_type application/octet-stream;
  client_body_temp_path ${dir}/client_temp;
  proxy_temp_path ${dir}/proxy_temp;
  fastcgi_temp_path ${dir}/fastcgi_temp;
  uwsgi_temp_path ${dir}/uwsgi_temp;
  scgi_temp_path ${dir}/scgi_temp;
  include ${dir}/chorus.conf;
}
`;
}

/** Starts nginx with the recipe in front of `upstreams` ("127.0.0.1:port"); resolves once it answers. */
export async function startNginx(options: { upstreams: string[]; port?: number; dir?: string }): Promise<Nginx> {
  const dir = options.dir ?? mkdtempSync(path.join(tmpdir(), "chorus-nginx-"));
  const owned = !options.dir;
  mkdirSync(path.join(dir, "cache"), { recursive: true });
  // Started as root (CI), nginx's workers run as nobody: they must reach the cache directory.
  if (process.getuid?.() === 0) {
    chmodSync(dir, 0o755);
    chownSync(path.join(dir, "cache"), 65534, 65534);
  }
  const port = options.port ?? (await pickPort());
  writeFileSync(path.join(dir, "chorus.conf"), renderRecipe(options.upstreams, port, path.join(dir, "cache")));
  writeFileSync(path.join(dir, "nginx.conf"), mainConfig(dir));
  const child = startChild("nginx", NGINX, ["-p", dir, "-c", path.join(dir, "nginx.conf")], { cwd: dir, env: process.env, graceMs: 5_000 });
  const origin = `http://127.0.0.1:${port}`;
  // Any answer means it listens; /metrics is answered by nginx itself (404) whatever the upstreams do.
  await waitForHttp404(`${origin}/metrics`, 15_000, () => child.process.exitCode === null);
  return {
    port,
    origin,
    dir,
    async stop() {
      await child.stop();
      if (owned) rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForHttp404(url: string, timeoutMs: number, isAlive: () => boolean) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error("nginx exited during start-up (see its error log above)");
    const status = await fetch(url, { signal: AbortSignal.timeout(1_000) }).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 404) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not answer at ${url} within ${timeoutMs / 1000} s`);
}
