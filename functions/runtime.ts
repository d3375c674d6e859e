import { randomUUID } from "node:crypto";
import type { DynamoDBClientConfig } from "@aws-sdk/client-dynamodb";
import type { MiddlewareHandler } from "hono";
import type { Config } from "./config.ts";
import { effectiveMinCount } from "./core/statistics/suppression.ts";
import { createApp } from "./http/app.ts";
import { remoteVerifier, type TokenVerifier } from "./http/auth/token-verifier.ts";
import type { RouteDefinition } from "./http/route-table.ts";
import { createDocumentClient, createStore } from "./store/create-store.ts";
import type { StoreClient } from "./store/store-context.ts";

/** What the local entry adds (functions/local); the Lambda entry passes none of it. */
export interface RuntimeExtras {
  /** Checks local tokens (local auth mode); cognito mode builds its own verifier from the config. */
  verify?: TokenVerifier;
  /** Local-only routes (dev token mint, JWKS). */
  localRoutes?: RouteDefinition[];
  serveStatic?: MiddlewareHandler;
  /** Overrides the configured store connection (the local server's embedded dynalite). */
  dynamo?: Pick<DynamoDBClientConfig, "endpoint" | "requestHandler">;
  /** Wraps the store client, e.g. with the item cache when this process is the store's sole writer. */
  wrapClient?: (client: StoreClient) => StoreClient;
}

function verifierFor(config: Config, extras: RuntimeExtras): TokenVerifier {
  if (config.AUTH_MODE === "cognito") {
    return remoteVerifier(config.JWKS_URL, { issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE });
  }
  if (!extras.verify) throw new Error("local auth mode needs the local token verifier");
  return extras.verify;
}

/** Wires config, store and auth into the one app that both entry points serve. */
export function buildRuntime(config: Config, extras: RuntimeExtras = {}) {
  const connection = extras.dynamo ?? (config.DYNAMODB_ENDPOINT ? { endpoint: config.DYNAMODB_ENDPOINT } : undefined);
  const client = createDocumentClient({
    region: config.AWS_REGION,
    ...connection,
    ...(connection ? { credentials: { accessKeyId: "local", secretAccessKey: "local" } } : {}),
    maxAttempts: 3,
  });
  const store = createStore({
    client: extras.wrapClient ? extras.wrapClient(client) : client,
    tableName: config.TABLE_NAME,
    now: () => new Date(),
    newId: randomUUID,
  });
  const local = config.AUTH_MODE === "local";
  const app = createApp({
    store,
    verify: verifierFor(config, extras),
    now: () => new Date(),
    corsOrigin: config.CORS_ORIGIN,
    pooledMinCount: effectiveMinCount(config.POOLED_MIN_COUNT),
    localRoutes: local ? extras.localRoutes : undefined,
    serveStatic: extras.serveStatic,
    originSecret: config.AUTH_MODE === "cognito" ? config.ORIGIN_SECRET : undefined,
  });
  return { app, client, store };
}
