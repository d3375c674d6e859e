import type { MiddlewareHandler } from "hono";
import type { Store } from "../store/create-store.ts";
import type { Principal } from "./auth/principal.ts";
import type { TokenVerifier } from "./auth/token-verifier.ts";
import type { RouteDefinition } from "./route-table.ts";

/** What the app is built from; a module of its own so routes can name it without importing the app. */
export interface AppDeps {
  store: Store;
  verify: TokenVerifier;
  now: () => Date;
  corsOrigin: string;
  /** Minimum countries behind any released statistic (POOLED_MIN_COUNT, clamped by effectiveMinCount). */
  pooledMinCount: number;
  /** Local mode only (functions/local): the dev token mint and the JWKS, listed in the route table like any other. */
  localRoutes?: RouteDefinition[];
  /** Serves the built web app (local mode). */
  serveStatic?: MiddlewareHandler;
  /** When set (on AWS), every request must carry it in the origin header that CloudFront adds. */
  originSecret?: string;
}

export type AppEnv = { Variables: { principal: Principal | undefined } };
