import { serve } from "@hono/node-server";
import { type LocalConfig, loadConfig } from "./config.ts";
import { localVerifier } from "./http/auth/token-verifier.ts";
import { compressJsonResponses } from "./local/compress-api.ts";
import { devRoutes } from "./local/dev-routes.ts";
import { ensureTable, startEmbeddedDynamo } from "./local/embedded-dynamo.ts";
import { LOCAL_AUDIENCE, LOCAL_ISSUER, localKeys } from "./local/local-keys.ts";
import { withLocalStoreCaches } from "./local/local-store-caches.ts";
import { guardLocalNetwork, isLoopbackHost } from "./local/network-guard.ts";
import { webApp } from "./local/web-app.ts";
import { buildRuntime } from "./runtime.ts";

/** The store, the local keys and the app, composed for a local run. */
async function compose(config: LocalConfig) {
  const embedded = config.DYNAMODB_ENDPOINT ? undefined : await startEmbeddedDynamo(config.DATA_DIR);
  const dynamo = embedded?.connection ?? { endpoint: config.DYNAMODB_ENDPOINT };
  await ensureTable(dynamo, config.AWS_REGION, config.TABLE_NAME);
  const keys = await localKeys(config.DATA_DIR);
  const { app, client } = buildRuntime(config, {
    verify: localVerifier(keys.jwks, { issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE }),
    localRoutes: devRoutes(keys),
    serveStatic: webApp(config.WEB_DIST),
    dynamo,
    // Only the embedded store has this process as its sole writer, so only there may items and lists be cached.
    wrapClient: embedded ? withLocalStoreCaches : undefined,
  });
  const storeName = embedded ? `embedded dynalite in ${config.DATA_DIR}` : config.DYNAMODB_ENDPOINT;
  return {
    app,
    storeName,
    storeStopped: embedded?.stopped,
    close: async () => {
      client.destroy();
      await embedded?.close();
    },
  };
}

async function main() {
  // The SDK's Node 20 deprecation notice is noise for a local run; Lambda runs Node 22.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const config = loadConfig({ ...process.env, AUTH_MODE: process.env.AUTH_MODE ?? "local" }, "local");
  if (config.AUTH_MODE !== "local") throw new Error("functions/local.ts runs in local auth mode only");
  if (!isLoopbackHost(config.HOST)) {
    console.warn(`Warning: HOST=${config.HOST} exposes this server beyond this machine; it holds unreviewed data.`);
  }
  const runtime = await compose(config);
  // In its own thread a failing store would otherwise leave the server answering 500s: stop as loudly as before.
  void runtime.storeStopped?.then((error) => {
    console.error(`Reengage stopped: ${error.message}`);
    process.exit(1);
  });
  const fetch = guardLocalNetwork(compressJsonResponses(runtime.app.fetch), { port: config.PORT, host: config.HOST });
  const server = serve({ fetch, port: config.PORT, hostname: config.HOST }, (info) => {
    const shown = isLoopbackHost(config.HOST) ? "localhost" : config.HOST;
    console.log(`Reengage listening on http://${shown}:${info.port} (store: ${runtime.storeName})`);
  });
  const shutdown = () => {
    server.close(async () => {
      await runtime.close();
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
