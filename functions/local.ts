import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { serve } from "@hono/node-server";
import { serveStatic } from "@hono/node-server/serve-static";
import type { MiddlewareHandler } from "hono";
import { loadConfig } from "./config.ts";
import { localKeys } from "./http/auth/local-keys.ts";
import { ensureTable, startEmbeddedDynamo } from "./local-store.ts";
import { buildRuntime } from "./runtime.ts";

/** Serves web/dist with a fallback to index.html for client-side routes, plus the local /config.json. */
function webApp(webDist: string): MiddlewareHandler | undefined {
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

async function main() {
  // The SDK's Node 20 deprecation notice is noise for a local run; Lambda runs Node 22.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const config = loadConfig({ ...process.env, AUTH_MODE: process.env.AUTH_MODE ?? "local" }, "local");
  if (config.AUTH_MODE !== "local") throw new Error("functions/local.ts runs in local auth mode only");
  const embedded = config.DYNAMODB_ENDPOINT ? undefined : await startEmbeddedDynamo(config.DATA_DIR);
  const dynamo = embedded?.connection ?? { endpoint: config.DYNAMODB_ENDPOINT };
  await ensureTable(dynamo, config.AWS_REGION, config.TABLE_NAME);
  const keys = await localKeys(config.DATA_DIR);
  const { app, client } = buildRuntime(config, {
    localKeys: keys,
    serveStatic: webApp(config.WEB_DIST),
    dynamo,
    soleWriter: embedded !== undefined,
  });
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: "0.0.0.0" }, (info) => {
    const store = embedded ? `embedded dynalite in ${config.DATA_DIR}` : config.DYNAMODB_ENDPOINT;
    console.log(`Reengage listening on http://localhost:${info.port} (store: ${store})`);
  });
  const shutdown = () => {
    server.close(async () => {
      client.destroy();
      await embedded?.close();
      process.exit(0);
    });
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

main().catch((error) => {
  console.error(`Reengage failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
