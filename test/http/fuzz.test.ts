import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssessment, INSTRUMENT, startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let token: string;
let id: string;
beforeAll(async () => {
  t = await startTestApp();
  token = await t.token("official", "ARG");
  id = await createAssessment(t, "ARG");
});
afterAll(() => t.close());

const printable = fc.string({ unit: fc.constantFrom(..." !\"#*/:;=?@AZaz09_-.,W{}[]'"), maxLength: 40 });
const huge = fc.integer({ min: 1_000, max: 70_000 }).map((n) => "x".repeat(n));
const weird = fc.oneof(fc.jsonValue(), huge, fc.constant(null), fc.integer(), fc.string());
const nearAnswer = fc.record(
  {
    level: fc.oneof(fc.constantFrom(0, 1, 2, 3, "na", "unknown", 4, -1, "3", null), weird),
    reason: weird,
    evidence: weird,
    note: weird,
    extra: weird,
  },
  { requiredKeys: [] },
);
const nearPatch = fc.record(
  {
    answers: fc.oneof(
      fc.dictionary(
        fc.oneof(fc.constantFrom("casualty-risk-policy", "national-caveats"), fc.string()),
        fc.oneof(nearAnswer, fc.constant(null)),
      ),
      weird,
    ),
    profile: fc.oneof(fc.dictionary(fc.string(), fc.array(fc.string())), weird),
    junk: weird,
  },
  { requiredKeys: [] },
);
const body = (near: fc.Arbitrary<unknown>) =>
  fc.oneof(
    near,
    fc.jsonValue(),
    fc.string().map((s) => ({ raw: s })),
    huge.map((s) => ({ raw: s })),
  );
const contentType = fc.oneof(fc.constant("application/json"), fc.constant("application/json"), printable);

async function send(method: string, path: string, payload: unknown, headers: Record<string, string>) {
  const raw =
    typeof payload === "object" && payload !== null && "raw" in payload
      ? String((payload as { raw: string }).raw)
      : JSON.stringify(payload);
  return t.app.request(path, { method, headers: { authorization: `Bearer ${token}`, ...headers }, body: raw });
}

type Reader = () => Promise<string[]>;
const read = (path: string) => async () => (await t.call("GET", path, { token })).text();
/** The stored state a route could change, read back through the API. */
const state =
  (...paths: string[]): Reader =>
  () =>
    Promise.all(paths.map((p) => read(p)()));

/** Runs one write route under fuzzing: never a 5xx, and a refused request leaves the stored state as it was. */
async function fuzzRoute(
  arb: fc.Arbitrary<{ method: string; path: string; payload: unknown; headers: Record<string, string> }>,
  snapshotState: Reader,
) {
  let before = await snapshotState();
  await fc.assert(
    fc.asyncProperty(arb, async ({ method, path, payload, headers }) => {
      const res = await send(method, path, payload, headers);
      expect(res.status, await res.clone().text()).toBeLessThan(500);
      const after = await snapshotState();
      if (res.status >= 400) expect(after).toEqual(before);
      before = after;
    }),
    { numRuns: 1000 },
  );
  expect((await t.call("GET", "/api/health")).status).toBe(200);
}

describe("fuzzing the write routes", () => {
  it("POST /api/assessments", async () => {
    const near = fc.record(
      {
        country: fc.oneof(fc.constantFrom("ARG", "CAN", "arg"), weird),
        cycle: fc.oneof(fc.integer({ min: 1990, max: 2110 }), weird),
        instrumentId: fc.oneof(fc.constant(INSTRUMENT.instrumentId), weird),
        instrumentVersion: fc.oneof(fc.constant(INSTRUMENT.instrumentVersion), weird),
        extra: weird,
      },
      { requiredKeys: [] },
    );
    await fuzzRoute(
      fc.record({
        method: fc.constant("POST"),
        path: fc.constant("/api/assessments"),
        payload: body(near),
        headers: fc.record({ "content-type": contentType }),
      }),
      state("/api/assessments?limit=100"),
    );
  });

  it("PATCH /api/assessments/:id", async () => {
    const ifMatch = fc.oneof(
      fc.nat({ max: 50 }).map((n) => `"${n}"`),
      printable,
    );
    await fuzzRoute(
      fc.record({
        method: fc.constant("PATCH"),
        path: fc.constant(`/api/assessments/${id}`),
        payload: body(nearPatch),
        headers: fc.record({ "content-type": contentType, "if-match": ifMatch }, { requiredKeys: ["content-type"] }),
      }),
      state(`/api/assessments/${id}`),
    );
  });

  it("POST /api/assessments/:id/submit", async () => {
    const near = fc.record({ note: weird, other: weird }, { requiredKeys: [] });
    const key = fc.oneof(fc.constantFrom("k1", "k2"), printable);
    await fuzzRoute(
      fc.record({
        method: fc.constant("POST"),
        path: fc.constant(`/api/assessments/${id}/submit`),
        payload: body(near),
        headers: fc.record({ "content-type": contentType, "idempotency-key": key }, { requiredKeys: ["content-type"] }),
      }),
      state(`/api/assessments/${id}`, `/api/assessments/${id}/snapshots?limit=100`),
    );
  });

  it("PUT /api/assessments/:id/visibility", async () => {
    const near = fc.record(
      { visibility: fc.oneof(fc.constantFrom("private", "pooled", "public", "secret"), weird), extra: weird },
      { requiredKeys: [] },
    );
    await fuzzRoute(
      fc.record({
        method: fc.constant("PUT"),
        path: fc.constant(`/api/assessments/${id}/visibility`),
        payload: body(near),
        headers: fc.record({ "content-type": contentType }),
      }),
      state(`/api/assessments/${id}`, `/api/assessments/${id}/visibility-log?limit=100`),
    );
  });

  it("POST /api/dev/token", async () => {
    const near = fc.record(
      {
        role: fc.oneof(fc.constantFrom("official", "analyst", "admin", "root"), weird),
        country: fc.oneof(fc.constantFrom("ARG", "XXX"), weird),
        subject: weird,
      },
      { requiredKeys: [] },
    );
    await fuzzRoute(
      fc.record({
        method: fc.constant("POST"),
        path: fc.constant("/api/dev/token"),
        payload: body(near),
        headers: fc.record({ "content-type": contentType }),
      }),
      state("/api/health"),
    );
  });
});
