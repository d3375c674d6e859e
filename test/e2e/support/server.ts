import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startLocalServer as startServerProcess } from "../../support/local-server.ts";

const root = new URL("../../../", import.meta.url).pathname;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds web/dist unless it is newer than every source file of the web app. */
export function buildWebIfNeeded(): void {
  const index = join(root, "web/dist/index.html");
  const sources = Math.max(newestMtime(join(root, "web/src")), statSync(join(root, "web/index.html")).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs > sources) return;
  // NODE_ENV=production: vitest sets it to "test", which made Vite ship development code (about 6 KB gz more in
  // the entry chunk), so browser tests ran, and the bench measured, a build that is not the one deployed.
  execFileSync("npx", ["vite", "build", "--config", "web/vite.config.ts", "--logLevel", "warn"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
}

export interface LocalServer {
  baseUrl: string;
  stop: () => Promise<void>;
}

/** Starts the local server (see test/support/local-server.ts) on a free port with a fresh DATA_DIR. */
export async function startLocalServer(): Promise<LocalServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "reengage-e2e-"));
  const server = await startServerProcess({ DATA_DIR: dataDir, AUTH_MODE: "local" });
  // Browsers treat localhost as a secure context, as they would the deployed https origin.
  const baseUrl = server.url.replace("127.0.0.1", "localhost");
  const stop = async () => {
    await server.stop("SIGTERM");
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { baseUrl, stop };
}
