import { randomUUID } from "node:crypto";
import type { DynamoDBClientConfig } from "@aws-sdk/client-dynamodb";
import type { MiddlewareHandler } from "hono";
import type { Config } from "./config.ts";
import { effectiveMinCount } from "./core/statistics/suppression.ts";
import { createApp } from "./http/app.ts";
import { LOCAL_AUDIENCE, LOCAL_ISSUER, type LocalKeys } from "./http/auth/local-keys.ts";
import { localVerifier, remoteVerifier, type TokenVerifier } from "./http/auth/token-verifier.ts";
import { createDocumentClient, createStore } from "./store/create-store.ts";
import { withItemCache } from "./store/item-cache.ts";

export interface RuntimeExtras {
  localKeys?: LocalKeys;
  serveStatic?: MiddlewareHandler;
  /** Overrides the configured store connection (the local server's embedded dynalite). */
  dynamo?: Pick<DynamoDBClientConfig, "endpoint" | "requestHandler">;
  /** True only when this process is the store's sole writer (the embedded store), so items may be cached. */
  soleWriter?: boolean;
}

function verifierFor(config: Config, localKeys: LocalKeys | undefined): TokenVerifier {
  if (config.AUTH_MODE === "cognito") {
    return remoteVerifier(config.JWKS_URL, { issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE });
  }
  if (!localKeys) throw new Error("local auth mode needs the local key pair");
  return localVerifier(localKeys.jwks, { issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE });
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
  const storeClient = extras.soleWriter ? withItemCache(client) : client;
  const store = createStore({
    client: storeClient,
    tableName: config.TABLE_NAME,
    now: () => new Date(),
    newId: randomUUID,
  });
  const localKeys = config.AUTH_MODE === "local" ? extras.localKeys : undefined;
  const app = createApp({
    store,
    verify: verifierFor(config, localKeys),
    now: () => new Date(),
    corsOrigin: config.CORS_ORIGIN,
    pooledMinCount: effectiveMinCount(config.POOLED_MIN_COUNT),
    localKeys,
    serveStatic: extras.serveStatic,
  });
  return { app, client, store };
}
