import { Hono, type MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import { secureHeaders } from "hono/secure-headers";
import { CONTENT_SECURITY_POLICY } from "../contract/deployment-contract.ts";
import type { AppDeps, AppEnv } from "./app-deps.ts";
import type { TokenVerifier } from "./auth/token-verifier.ts";
import { limitBody } from "./body-limit.ts";
import { errorResponse, HttpError, onError } from "./errors.ts";
import { buildOpenApi } from "./openapi.ts";
import { originGuard } from "./origin-guard.ts";
import type { RouteDefinition } from "./route-table.ts";
import { assessmentRoutes } from "./routes/assessment-routes.ts";
import { cohortRoutes } from "./routes/cohort-routes.ts";
import { docsRoutes } from "./routes/docs-routes.ts";
import { exportRoutes } from "./routes/export-routes.ts";
import { profileRoutes } from "./routes/profile-routes.ts";
import { publicRoutes } from "./routes/public-routes.ts";
import { responseRoutes } from "./routes/response-routes.ts";
import { reviewRoutes } from "./routes/review-routes.ts";
import { snapshotRoutes } from "./routes/snapshot-routes.ts";
import { validated } from "./validation.ts";

const BODY_LIMIT_BYTES = 64 * 1024;

export const contentSecurityPolicy = CONTENT_SECURITY_POLICY;

/** Every route of the API, in one table: the OpenAPI document and the authorization tests read it too. */
export function routeTable(deps: AppDeps): RouteDefinition[] {
  const api = [
    ...publicRoutes(),
    ...(deps.localRoutes ?? []),
    ...assessmentRoutes(deps),
    ...reviewRoutes(deps),
    ...responseRoutes(deps),
    ...snapshotRoutes(deps),
    ...cohortRoutes(deps),
    ...profileRoutes(deps),
    ...exportRoutes(deps),
  ];
  // The document describes the docs routes too; it is built on first request, when `all` is complete.
  const all: RouteDefinition[] = [...api, ...docsRoutes(() => buildOpenApi(all))];
  return all;
}

function authorize(route: RouteDefinition, verify: TokenVerifier): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set("principal", undefined);
    if (route.access === "public") return next();
    const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(c.req.header("authorization") ?? "");
    const principal = match ? await verify(match[1] as string) : undefined;
    if (!principal) throw new HttpError(401, "unauthenticated", "A valid bearer token is required");
    if (!route.access.includes(principal.role)) {
      throw new HttpError(403, "forbidden", `This route is not open to the ${principal.role} role`);
    }
    c.set("principal", principal);
    return next();
  };
}

/** The Hono app shared by the Lambda handler and the local server. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.onError(onError);
  app.use(
    "*",
    secureHeaders({ contentSecurityPolicy, strictTransportSecurity: "max-age=31536000; includeSubDomains" }),
  );
  if (deps.originSecret) app.use("*", originGuard(deps.originSecret));
  if (deps.corsOrigin !== "same-origin") app.use("/api/*", cors({ origin: deps.corsOrigin, maxAge: 600 }));
  app.use(
    "/api/*",
    limitBody({
      maxSize: BODY_LIMIT_BYTES,
      onError: (c) => errorResponse(c, 413, "payload_too_large", `Bodies are limited to ${BODY_LIMIT_BYTES} bytes`),
    }),
  );
  for (const r of routeTable(deps)) app.on(r.method.toUpperCase(), r.path, authorize(r, deps.verify), validated(r));
  app.all("/api/*", (c) => errorResponse(c, 404, "not_found", `No route for ${c.req.method} ${c.req.path}`));
  if (deps.serveStatic) app.use("*", deps.serveStatic);
  app.notFound((c) => errorResponse(c, 404, "not_found", "Not found"));
  return app;
}

export type { AppDeps, AppEnv } from "./app-deps.ts";
