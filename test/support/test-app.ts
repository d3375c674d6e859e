import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Hono } from "hono";
import { type AppDeps, type AppEnv, createApp, routeTable } from "../../functions/http/app.ts";
import type { Role } from "../../functions/http/auth/principal.ts";
import { localVerifier } from "../../functions/http/auth/token-verifier.ts";
import type { RouteDefinition } from "../../functions/http/route-table.ts";
import { devRoutes } from "../../functions/local/dev-routes.ts";
import { LOCAL_AUDIENCE, LOCAL_ISSUER, type LocalKeys, localKeys } from "../../functions/local/local-keys.ts";
import { withLocalStoreCaches } from "../../functions/local/local-store-caches.ts";
import { createStore, type Store } from "../../functions/store/create-store.ts";
import { startTestTable, type TestTable } from "./dynamo.ts";

export const INSTRUMENT = { instrumentId: "un-peace-ops-readiness", instrumentVersion: "2026.1" };

export interface TestApp {
  app: Hono<AppEnv>;
  routes: RouteDefinition[];
  store: Store;
  table: TestTable;
  keys: LocalKeys;
  token: (role: Role, country?: string) => Promise<string>;
  call: (method: string, path: string, options?: CallOptions) => Promise<Response>;
  close: () => Promise<void>;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** The real app over a fresh table on a real DynamoDB-compatible server, with locally minted tokens. */
export async function startTestApp(
  options: {
    wrapClient?: (table: TestTable) => void;
    maxAttempts?: number;
    pooledMinCount?: number;
    inProcess?: boolean;
    /** Defaults as the product does: the item cache only in front of the embedded store, not an external endpoint. */
    itemCache?: boolean;
    /** Serve over this table instead of a fresh one (left open on close), e.g. to compare two setups on one dataset. */
    table?: TestTable;
    /** Require this origin secret, as on AWS. */
    originSecret?: string;
  } = {},
): Promise<TestApp> {
  const table =
    options.table ?? (await startTestTable({ maxAttempts: options.maxAttempts, inProcess: options.inProcess }));
  options.wrapClient?.(table);
  const keysDir = await mkdtemp(join(tmpdir(), "reengage-keys-"));
  const keys = await localKeys(keysDir);
  let n = 0;
  const itemCache = options.itemCache ?? !process.env.DYNAMODB_ENDPOINT;
  const store = createStore({
    client: itemCache ? withLocalStoreCaches(table.client) : table.client,
    tableName: table.tableName,
    now: () => new Date(),
    newId: () => {
      n += 1;
      return `id${n.toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    },
  });
  const deps: AppDeps = {
    store,
    verify: localVerifier(keys.jwks, { issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE }),
    now: () => new Date(),
    corsOrigin: "same-origin",
    pooledMinCount: options.pooledMinCount ?? 5,
    localRoutes: devRoutes(keys),
    originSecret: options.originSecret,
  };
  const app = createApp(deps);
  const token = async (role: Role, country?: string) =>
    (await keys.mint({ subject: `${role}-${country ?? "x"}`, role, country })).token;
  const call = (method: string, path: string, o: CallOptions = {}) => {
    const headers: Record<string, string> = { ...(o.headers ?? {}) };
    if (o.token) headers.authorization = `Bearer ${o.token}`;
    if (o.body !== undefined) headers["content-type"] ??= "application/json";
    const body = o.body === undefined ? undefined : typeof o.body === "string" ? o.body : JSON.stringify(o.body);
    return Promise.resolve(app.request(path, { method, headers, body }));
  };
  return {
    app,
    routes: routeTable(deps),
    store,
    table,
    keys,
    token,
    call,
    close: async () => {
      if (!options.table) await table.close();
      await rm(keysDir, { recursive: true, force: true });
    },
  };
}

/** Creates an assessment for `country` and returns its id. */
export async function createAssessment(t: TestApp, country: string, cycle = 2026): Promise<string> {
  const res = await t.call("POST", "/api/assessments", {
    token: await t.token("official", country),
    body: { country, cycle, ...INSTRUMENT },
  });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

// biome-ignore lint/suspicious/noExplicitAny: response bodies are probed structurally in assertions
export type Json = Record<string, any>;

/** A response body as loosely typed JSON, for tests that probe its structure in assertions. */
export const json = async (res: Response): Promise<Json> => (await res.json()) as Json;
