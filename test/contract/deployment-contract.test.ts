import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../functions/config.ts";
import {
  CONTENT_SECURITY_POLICY,
  cspHeader,
  DEFAULT_POOLED_MIN_COUNT,
  PUBLIC_ROUTES,
} from "../../functions/contract/deployment-contract.ts";
import { SITE_CSP } from "../../infra/constructs/site-policies.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** An API Gateway route path as a pattern over Hono paths (`{id}` ~ `:id`, `{proxy+}` ~ anything below). */
const matches = (gateway: string, path: string) =>
  new RegExp(`^${gateway.replace(/\{proxy\+\}/, ".+").replace(/\{[^}]+\}/g, ":[^/]+")}$`).test(path);

describe("the deployment contract", () => {
  it("lists as public at the gateway exactly the app's public routes (local-only ones aside)", () => {
    const local = (path: string) => path.startsWith("/api/dev/") || path.startsWith("/.well-known/");
    const publicPaths = t.routes.filter((r) => r.access === "public" && !local(r.path)).map((r) => r.path);
    expect(publicPaths.filter((p) => !PUBLIC_ROUTES.some((g) => matches(g, p)))).toEqual([]);
    expect(PUBLIC_ROUTES.filter((g) => !publicPaths.some((p) => matches(g, p)))).toEqual([]);
  });

  it("gives the site and the app one Content-Security-Policy", async () => {
    expect(SITE_CSP).toBe(cspHeader(CONTENT_SECURITY_POLICY));
    const res = await t.call("GET", "/api/health");
    expect(res.headers.get("content-security-policy")).toBe(SITE_CSP);
    expect(SITE_CSP).toContain("connect-src 'self' https://*.amazoncognito.com");
  });

  it("defaults the pooled minimum from one value", () => {
    expect(loadConfig({}, "local").POOLED_MIN_COUNT).toBe(DEFAULT_POOLED_MIN_COUNT);
  });
});
