import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findInstrument } from "../../functions/core/instrument/catalogue.ts";
import { INSTRUMENT, startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let canada: string;
let france: string;
beforeAll(async () => {
  t = await startTestApp();
  canada = await t.token("official", "CAN");
  france = await t.token("official", "FRA");
});
afterAll(() => t.close());

// biome-ignore lint/suspicious/noExplicitAny: response bodies are probed structurally in assertions
type Json = Record<string, any>;

async function start(token: string, country: string, cycle: number, extra: Json = {}) {
  const res = await t.call("POST", "/api/assessments", { token, body: { country, cycle, ...INSTRUMENT, ...extra } });
  return { status: res.status, body: (await res.json()) as Json };
}

// A documented level 2 needs a source since evidence landed (#15); the carried answer keeps it.
const SIGNED_POLICY = {
  level: 2,
  evidence: "documented",
  note: "signed 2025",
  sources: [{ title: "Casualty risk directive 2025" }],
};

async function answered(token: string, country: string, cycle: number) {
  const { body } = await start(token, country, cycle);
  const saved = await t.call("PATCH", `/api/assessments/${body.id}`, {
    token,
    headers: { "if-match": `"${body.version}"` },
    body: {
      answers: { "casualty-risk-policy": SIGNED_POLICY },
      profile: { "target-readiness": ["standard"] },
    },
  });
  expect(saved.status).toBe(200);
  return body.id as string;
}

describe("POST /api/assessments with copyFrom", () => {
  it("carries last cycle's answers and profile and lists what to answer again", async () => {
    const from = await answered(canada, "CAN", 2030);
    const { status, body } = await start(canada, "CAN", 2031, { copyFrom: from });
    expect(status).toBe(201);
    expect(body.answers).toEqual({ "casualty-risk-policy": SIGNED_POLICY });
    expect(body.profile).toEqual({ "target-readiness": ["standard"] });
    expect(body.carried).toEqual([{ indicatorId: "casualty-risk-policy", from: ["casualty-risk-policy"] }]);
    expect(body.toReanswer.length).toBe(32);
    expect(body.toReanswer[0]).toEqual({ indicatorId: "casualty-evacuation", reason: "unanswered" });
    const read = (await (await t.call("GET", `/api/assessments/${body.id}`, { token: canada })).json()) as Json;
    expect(read.answers["casualty-risk-policy"].level).toBe(2);
  });

  it("answers 404 for another country's assessment and for an unknown one, and creates nothing", async () => {
    const french = await answered(france, "FRA", 2030);
    const other = await start(canada, "CAN", 2032, { copyFrom: french });
    expect(other.status).toBe(404);
    const missing = await start(canada, "CAN", 2032, { copyFrom: "no-such-assessment" });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual(other.body);
    expect((await start(canada, "CAN", 2032)).status).toBe(201);
  });

  it("names the field when copyFrom is not an id", async () => {
    const bad = await start(canada, "CAN", 2033, { copyFrom: "not an id!" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.field).toBe("body.copyFrom");
  });

  it("carries a 2026.1 assessment into 2026.2 through each indicator's replaces mapping and lists the rest", async () => {
    const source = findInstrument(INSTRUMENT.instrumentId, "2026.1")!;
    const target = findInstrument(INSTRUMENT.instrumentId, "2026.2")!;
    const sourceIds = new Set(source.dimensions.flatMap((d) => d.indicators.map((i) => i.id)));
    const { body: old } = await start(canada, "CAN", 2034);
    const all = Object.fromEntries([...sourceIds].map((id) => [id, { level: 2 }]));
    const saved = await t.call("PATCH", `/api/assessments/${old.id}`, {
      token: canada,
      headers: { "if-match": `"${old.version}"` },
      body: { answers: all },
    });
    expect(saved.status).toBe(200);

    const { status, body } = await start(canada, "CAN", 2035, {
      ...INSTRUMENT,
      instrumentVersion: "2026.2",
      copyFrom: old.id,
    });
    expect(status).toBe(201);
    const targets = target.dimensions.flatMap((d) => d.indicators);
    const mapped = targets.filter(
      (i) => (i.replaces ?? []).some((id) => sourceIds.has(id)) && i.carryRule !== "re-answer",
    );
    expect(mapped.length).toBeGreaterThan(20);
    expect(Object.keys(body.answers).sort()).toEqual(mapped.map((i) => i.id).sort());
    for (const indicator of mapped) expect(body.answers[indicator.id].level).toBe(2);
    const listed = [
      ...body.carried.map((c: Json) => c.indicatorId),
      ...body.toReanswer.map((r: Json) => r.indicatorId),
    ];
    expect(listed.sort()).toEqual(targets.map((i) => i.id).sort());
    for (const r of body.toReanswer) expect(["new", "re-scoped"]).toContain(r.reason);
    const read = (await (await t.call("GET", `/api/assessments/${body.id}`, { token: canada })).json()) as Json;
    expect(read.instrumentVersion).toBe("2026.2");
    expect(read.answers).toEqual(body.answers);
  });
});
