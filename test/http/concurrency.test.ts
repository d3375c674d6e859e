import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findInstrument } from "../../functions/core/instrument/catalogue.ts";
import { createAssessment, startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await startTestApp();
  token = await t.token("official", "KEN");
});
afterAll(() => t.close());

const indicatorIds = findInstrument("un-peace-ops-readiness", "2026.1")!.dimensions.flatMap((d) =>
  d.indicators.map((i) => i.id),
);

describe("optimistic locking", () => {
  it("lets exactly one of 20 concurrent PATCHes with the same If-Match win", async () => {
    const id = await createAssessment(t, "KEN", 2026);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.call("PATCH", `/api/assessments/${id}`, {
          token,
          headers: { "if-match": '"1"' },
          body: { answers: { [indicatorIds[i % indicatorIds.length] as string]: { level: 2 } } },
        }),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const final = (await (await t.call("GET", `/api/assessments/${id}`, { token })).json()) as {
      version: number;
      answers: object;
    };
    expect(final.version).toBe(2);
    expect(Object.keys(final.answers)).toHaveLength(1);
  });

  it("keeps every acknowledged answer when interleaved writers retry with fresh versions", async () => {
    const id = await createAssessment(t, "KEN", 2027);
    const writers = 8;
    const writesEach = 5;
    const acknowledged = new Map<string, number>();
    async function writer(w: number) {
      const indicator = indicatorIds[w] as string;
      let version = 1;
      for (let n = 0; n < writesEach; n += 1) {
        const level = (n + w) % 4;
        for (;;) {
          const res = await t.call("PATCH", `/api/assessments/${id}`, {
            token,
            headers: { "if-match": `"${version}"` },
            body: { answers: { [indicator]: { level } } },
          });
          const body = (await res.json()) as {
            version?: number;
            error?: { details: { current: { version: number } } };
          };
          if (res.status === 200) {
            version = body.version as number;
            acknowledged.set(indicator, level);
            break;
          }
          expect(res.status).toBe(409);
          version = body.error?.details.current.version as number;
        }
      }
    }
    await Promise.all(Array.from({ length: writers }, (_, w) => writer(w)));
    const final = (await (await t.call("GET", `/api/assessments/${id}`, { token })).json()) as {
      version: number;
      answers: Record<string, { level: number }>;
    };
    expect(acknowledged.size).toBe(writers);
    for (const [indicator, level] of acknowledged) expect(final.answers[indicator]?.level).toBe(level);
    expect(final.version).toBe(1 + writers * writesEach);
  });
});

describe("idempotent submission", () => {
  it("turns 10 concurrent submits with one key into one snapshot and identical bodies", async () => {
    const id = await createAssessment(t, "KEN", 2028);
    await t.call("PATCH", `/api/assessments/${id}`, {
      token,
      headers: { "if-match": '"1"' },
      body: { answers: { [indicatorIds[0] as string]: { level: 1 } } },
    });
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.call("POST", `/api/assessments/${id}/submit`, { token, headers: { "idempotency-key": "once" }, body: {} }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(new Set(bodies).size).toBe(1);
    const list = (await (await t.call("GET", `/api/assessments/${id}/snapshots`, { token })).json()) as {
      items: unknown[];
    };
    expect(list.items).toHaveLength(1);
    const replay = await t.call("POST", `/api/assessments/${id}/submit`, {
      token,
      headers: { "idempotency-key": "once" },
      body: {},
    });
    expect(await replay.text()).toBe(bodies[0]);
    const other = await t.call("POST", `/api/assessments/${id}/submit`, {
      token,
      headers: { "idempotency-key": "once" },
      body: { note: "x" },
    });
    expect(other.status).toBe(422);
  });
});
