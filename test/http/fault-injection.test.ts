import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findInstrument } from "../../functions/core/instrument/catalogue.ts";
import { createDocumentClient } from "../../functions/store/create-store.ts";
import { INSTRUMENT, startTestApp, type TestApp } from "../support/test-app.ts";

/** Seeded so a failure can be replayed. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const faults = { injected: 0, calls: 0 };

/** Fails 20% of DynamoDB calls before they reach the server, as throttling or a 500, inside the SDK's retry loop. */
function injectFaults(client: DynamoDBDocumentClient) {
  const random = mulberry32(20261126);
  client.middlewareStack.add(
    (next) => async (args) => {
      faults.calls += 1;
      if (random() < 0.2) {
        faults.injected += 1;
        const throttle = random() < 0.5;
        throw Object.assign(new Error(throttle ? "Rate exceeded" : "Internal error"), {
          name: throttle ? "ThrottlingException" : "InternalServerError",
          $fault: throttle ? "client" : "server",
          $metadata: { httpStatusCode: throttle ? 400 : 500 },
          $retryable: { throttling: throttle },
        });
      }
      return next(args);
    },
    { step: "finalizeRequest", priority: "low", name: "faultInjection" },
  );
}

let t: TestApp;
let clean: DynamoDBDocumentClient;
beforeAll(async () => {
  // Two attempts per call: the SDK's retry loop is exercised and some faults still get through as 503s.
  t = await startTestApp({ wrapClient: (table) => injectFaults(table.client), maxAttempts: 2 });
  clean = createDocumentClient({
    endpoint: t.table.endpoint,
    region: "local",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
});
afterAll(async () => {
  clean.destroy();
  await t.close();
});

const indicators = findInstrument("un-peace-ops-readiness", "2026.1")!.dimensions.flatMap((d) =>
  d.indicators.map((i) => i.id),
);
const seen = new Set<number>();

/** Calls until the API answers something other than 503, as a client honouring Retry-After would. */
async function untilServed(call: () => Promise<Response>): Promise<Response> {
  for (let attempt = 0; attempt < 30; attempt += 1) {
    const res = await call();
    seen.add(res.status);
    if (res.status !== 503) return res;
    expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
  }
  throw new Error("still unavailable after 30 attempts");
}

async function workload(country: string) {
  const token = await t.token("official", country);
  const created = await untilServed(() =>
    t.call("POST", "/api/assessments", { token, body: { country, cycle: 2026, ...INSTRUMENT } }),
  );
  const body = (await created.json()) as { id?: string; error?: { details: { assessmentId: string } } };
  const id = body.id ?? (body.error?.details.assessmentId as string);
  const acknowledged: Record<string, number> = {};
  for (const [n, indicator] of indicators.slice(0, 6).entries()) {
    const res = await untilServed(async () => {
      const current = await untilServed(() => t.call("GET", `/api/assessments/${id}`, { token }));
      const etag = current.headers.get("etag") as string;
      return t.call("PATCH", `/api/assessments/${id}`, {
        token,
        headers: { "if-match": etag },
        body: { answers: { [indicator]: { level: n % 4 } } },
      });
    });
    expect(res.status).toBe(200);
    acknowledged[indicator] = n % 4;
  }
  const submitted = await untilServed(() =>
    t.call("POST", `/api/assessments/${id}/submit`, {
      token,
      headers: { "idempotency-key": `${country}-1` },
      body: {},
    }),
  );
  expect(submitted.status).toBe(201);
  const snapshotId = ((await submitted.json()) as { id: string }).id;
  const vis = await untilServed(() =>
    t.call("PUT", `/api/assessments/${id}/visibility`, { token, body: { visibility: "pooled" } }),
  );
  expect(vis.status).toBe(200);
  return { id, acknowledged, snapshotId };
}

describe("with 20% of DynamoDB calls failing", () => {
  it("answers only success or 503 with Retry-After, and leaves nothing half-written", async () => {
    const countries = ["CHL", "PER", "URY", "COL", "ECU", "BOL"];
    const results = await Promise.all(countries.map(workload));
    expect([...seen].sort()).toEqual([200, 201, 503]);
    expect(faults.injected).toBeGreaterThan(faults.calls * 0.1);
    for (const r of results) {
      const item = (
        await clean.send(
          new GetCommand({ TableName: t.table.tableName, Key: { pk: `ASSESSMENT#${r.id}`, sk: "META" } }),
        )
      ).Item;
      expect(item?.answers).toEqual(
        Object.fromEntries(Object.entries(r.acknowledged).map(([k, level]) => [k, { level }])),
      );
      expect(item).toMatchObject({
        status: "submitted",
        lastSnapshotId: r.snapshotId,
        visibility: "pooled",
        version: 8,
      });
      const snapshot = (
        await clean.send(
          new GetCommand({ TableName: t.table.tableName, Key: { pk: `SNAPSHOT#${r.snapshotId}`, sk: "META" } }),
        )
      ).Item;
      expect(snapshot?.answers).toEqual(item?.answers);
    }
  });
});
