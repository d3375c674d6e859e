import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { MiddlewareHandler } from "hono";

/** Serves web/dist with a fallback to index.html for client-side routes, plus the local /config.json. */
export function webApp(webDist: string): MiddlewareHandler | undefined {
  const root = resolve(webDist);
  if (!existsSync(join(root, "index.html"))) return undefined;
  const files = serveStatic({ root });
  return async (c, next) => {
    if (c.req.path === "/config.json") return c.json({ authMode: "local" });
    const served = await files(c, async () => undefined);
    if (served) return served;
    if (c.req.method !== "GET" || c.req.path.includes(".")) return next();
    return c.html(await readFile(join(root, "index.html"), "utf8"));
  };
}
