import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ORIGIN_HEADER } from "../../functions/http/origin-guard.ts";
import { startTestTable, type TestTable } from "../support/dynamo.ts";
import { INSTRUMENT, uniformAnswers } from "../support/publishing.ts";
import { type Bundle, type LambdaResult, startBundle, startIssuer } from "./bundle-driver.ts";
import { only, resourcesOf, synthStack } from "./synth-stack.ts";

/**
 * The bundle CDK builds for the API function, driven through API Gateway v2 events as Lambda would run it: the
 * SDK's env-only credential provider, real DynamoDB calls (to dynalite on 127.0.0.1) and the JWKS token check (a
 * local issuer on 127.0.0.1) all run from what ships, not from the source.
 */
const AUDIENCE = "site-client-id";
const SECRET = "9b2e4c1a-7f3d-4e8b-a6c5-0d1f2e3a4b5c";
let table: TestTable;
let issuer: Awaited<ReturnType<typeof startIssuer>>;
let bundle: Bundle;
let bundleFile: string;

function environment(extra: Record<string, string> = {}): Record<string, string> {
  return {
    AUTH_MODE: "cognito",
    TABLE_NAME: table.tableName,
    AWS_REGION: "eu-west-1",
    // The SDK's own endpoint setting (no DYNAMODB_ENDPOINT), so the function's AWS code path is the one that runs.
    AWS_ENDPOINT_URL_DYNAMODB: table.endpoint,
    AWS_ACCESS_KEY_ID: "AKIDBUNDLETEST",
    AWS_SECRET_ACCESS_KEY: "bundle-test-secret",
    AWS_SESSION_TOKEN: "bundle-test-session",
    JWT_ISSUER: issuer.issuer,
    JWT_AUDIENCE: AUDIENCE,
    JWKS_URL: issuer.jwksUrl,
    CORS_ORIGIN: "https://site.example.org",
    POOLED_MIN_COUNT: "5",
    ORIGIN_SECRET: SECRET,
    AWS_SDK_JS_SUPPRESS_NODE_VERSION_WARNING: "1",
    ...extra,
  };
}

beforeAll(async () => {
  const synth = synthStack({ bundle: true, context: { stage: "bundle" } });
  const fn = only(
    Object.values(resourcesOf(synth.template, "AWS::Lambda::Function")).filter(
      (f) => f.Properties.Runtime === "nodejs22.x",
    ),
  );
  const key = (fn.Properties.Code as { S3Key: string }).S3Key.replace(/\.zip$/, "");
  bundleFile = join(synth.app.outdir, `asset.${key}`, "index.js");
  table = await startTestTable();
  issuer = await startIssuer(AUDIENCE);
  bundle = startBundle(bundleFile, environment());
}, 120_000);
afterAll(async () => {
  bundle?.close();
  await issuer?.close();
  await table?.close();
});

const via = { [ORIGIN_HEADER]: SECRET };
const json = (r: LambdaResult) => JSON.parse(r.body ?? "null");
const official = (country: string) => issuer.idToken({ "cognito:groups": ["official"], "custom:country": country });

describe("the shipped Lambda bundle", () => {
  it("creates, patches, scores and submits an assessment through API Gateway events", async () => {
    const token = await official("CAN");
    const created = await bundle.invoke("POST", "/api/assessments", {
      token,
      headers: via,
      body: { country: "CAN", cycle: 2026, ...INSTRUMENT },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id, version } = json(created);
    const patched = await bundle.invoke("PATCH", `/api/assessments/${id}`, {
      token,
      headers: { ...via, "if-match": `"${version}"` },
      body: { answers: uniformAnswers(2) },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(json(patched).version).toBe(version + 1);
    const score = await bundle.invoke("GET", `/api/assessments/${id}/score`, { token, headers: via });
    expect(score.statusCode).toBe(200);
    expect(json(score).overall.mean).toBeGreaterThan(0);
    const submit = () =>
      bundle.invoke("POST", `/api/assessments/${id}/submit`, {
        token,
        headers: { ...via, "idempotency-key": "bundle-submit-1" },
        body: {},
      });
    const first = await submit();
    expect(first.statusCode, first.body).toBe(201);
    expect(json(await submit()).id).toBe(json(first).id);
    // What the function wrote is in the table the SDK reached, read back through the bundle.
    const read = await bundle.invoke("GET", `/api/assessments/${id}`, { token, headers: via });
    expect(json(read)).toMatchObject({ id, country: "CAN", lastSnapshotId: json(first).id });
  });

  it("checks tokens against the issuer's JWKS: another key, audience or country gets nothing", async () => {
    const created = await bundle.invoke("POST", "/api/assessments", {
      token: await official("FRA"),
      headers: via,
      body: { country: "FRA", cycle: 2026, ...INSTRUMENT },
    });
    const { id } = json(created);
    const other = await startIssuer(AUDIENCE);
    const forged = await other.idToken({ "cognito:groups": ["admin"] });
    await other.close();
    expect((await bundle.invoke("GET", `/api/assessments/${id}`, { token: forged, headers: via })).statusCode).toBe(
      401,
    );
    expect((await bundle.invoke("GET", `/api/assessments/${id}`, { headers: via })).statusCode).toBe(401);
    const elsewhere = await bundle.invoke("GET", `/api/assessments/${id}`, {
      token: await official("CAN"),
      headers: via,
    });
    expect(elsewhere.statusCode).toBe(404);
    expect(issuer.fetches()).toBeGreaterThan(0);
  });

  it("refuses what did not come through CloudFront", async () => {
    const direct = await bundle.invoke("GET", "/api/health");
    expect(direct.statusCode).toBe(403);
    expect((await bundle.invoke("GET", "/api/health", { headers: via })).statusCode).toBe(200);
  });

  it("takes its DynamoDB credentials from the environment only: without them a write fails, cleanly", async () => {
    const bare = startBundle(bundleFile, environment({ AWS_ACCESS_KEY_ID: "", AWS_SECRET_ACCESS_KEY: "" }));
    try {
      const res = await bare.invoke("POST", "/api/assessments", {
        token: await official("DEU"),
        headers: via,
        body: { country: "DEU", cycle: 2026, ...INSTRUMENT },
      });
      expect(res.statusCode).toBeGreaterThanOrEqual(500);
      expect(res.body).not.toMatch(/AKID|credential|stack|at .+\.js/i);
    } finally {
      bare.close();
    }
  });
});
