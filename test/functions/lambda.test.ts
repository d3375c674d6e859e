import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
});

/** A minimal API Gateway HTTP API (payload 2.0) event, as the deployed stack sends it. */
function event(method: string, path: string, headers: Record<string, string> = {}) {
  return {
    version: "2.0",
    routeKey: "$default",
    rawPath: path,
    rawQueryString: "",
    headers: { host: "api.example.org", ...headers },
    requestContext: {
      accountId: "123456789012",
      apiId: "api",
      domainName: "api.example.org",
      domainPrefix: "api",
      http: { method, path, protocol: "HTTP/1.1", sourceIp: "203.0.113.1", userAgent: "test" },
      requestId: "r1",
      routeKey: "$default",
      stage: "$default",
      time: "26/Nov/2026:12:00:00 +0000",
      timeEpoch: 1795000000000,
    },
    isBase64Encoded: false,
  };
}

async function loadHandler(env: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value as string);
  return (await import("../../functions/lambda.ts")).handler as unknown as (
    e: unknown,
    c: unknown,
  ) => Promise<{
    statusCode: number;
    body: string;
    headers: Record<string, string>;
  }>;
}

const cognitoEnv = {
  AUTH_MODE: "cognito",
  TABLE_NAME: "reengage-test",
  AWS_REGION: "eu-west-1",
  JWT_ISSUER: "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_example",
  JWT_AUDIENCE: "client",
  JWKS_URL: "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_example/.well-known/jwks.json",
};

describe("the Lambda entry", () => {
  it("serves public routes, refuses unauthenticated ones and has no dev token route", async () => {
    const handler = await loadHandler(cognitoEnv);
    const health = await handler(event("GET", "/api/health"), {});
    expect([health.statusCode, JSON.parse(health.body)]).toEqual([200, { status: "ok" }]);
    expect(health.headers["content-security-policy"]).toContain("default-src 'self'");
    const list = await handler(event("GET", "/api/assessments"), {});
    expect(list.statusCode).toBe(401);
    const dev = await handler(event("POST", "/api/dev/token", { "content-type": "application/json" }), {});
    expect(dev.statusCode).toBe(404);
  });

  it("fails at cold start, naming the variable, when configuration is missing", async () => {
    await expect(loadHandler({ ...cognitoEnv, JWKS_URL: undefined })).rejects.toThrow(/JWKS_URL/);
  });
});
