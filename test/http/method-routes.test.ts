import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findInstrument } from "../../functions/core/instrument/catalogue.ts";
import { translateInstrument } from "../../functions/core/instrument/translations/index.ts";
import { createAssessment, type Json, json, startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let official: string;
let id: string;
beforeAll(async () => {
  t = await startTestApp();
  official = await t.token("official", "NOR");
  id = await createAssessment(t, "NOR");
});
afterAll(() => t.close());

describe("method 1.1 over HTTP", () => {
  it("refuses na on an indicator that does not allow it, naming it, and saves nothing", async () => {
    const res = await t.call("PATCH", `/api/assessments/${id}`, {
      token: official,
      headers: { "if-match": '"1"' },
      body: {
        answers: { "pdt-certification": { level: "na", reason: "not for us" }, "casualty-evacuation": { level: 2 } },
      },
    });
    expect(res.status).toBe(400);
    expect((await json(res)).error.details.field).toBe("answers.pdt-certification");
    const after = await json(await t.call("GET", `/api/assessments/${id}`, { token: official }));
    expect(after).toMatchObject({ version: 1, answers: {} });
  });

  it("scores live under method 1.1 and plans within a capacity; a bad capacity is a 400 naming it", async () => {
    const score = await json(await t.call("GET", `/api/assessments/${id}/score`, { token: official }));
    expect(score.methodVersion).toBe("1.1.0");
    expect(score.overall.stage).toBeNull();
    const planned = await t.call("GET", `/api/assessments/${id}/score?capacity=0-6:3,6-18:6,18-36:12`, {
      token: official,
    });
    expect(planned.status).toBe(200);
    const plan = (await json(planned)).capacityPlan;
    expect(plan.map((h: Json) => h.capacity)).toEqual([3, 6, 12]);
    for (const bad of ["0-6:-1,6-18:6,18-36:12", "soon:3", "0-6:3"]) {
      const res = await t.call("GET", `/api/assessments/${id}/score?capacity=${bad}`, { token: official });
      expect(res.status).toBe(400);
      expect((await json(res)).error.details.field).toBe("capacity");
    }
  });

  it("plans within a capacity saved in the profile; a bad one is a 400 naming it, and nothing is saved", async () => {
    const own = await createAssessment(t, "NOR", 2028);
    const patch = (profile: Json, version: number) =>
      t.call("PATCH", `/api/assessments/${own}`, {
        token: official,
        headers: { "if-match": `"${version}"` },
        body: { profile },
      });
    for (const bad of [
      ["0-6:-1", "6-18:6", "18-36:12"],
      ["0-6:3", "soon:1", "18-36:2"],
      ["0-6:9999", "6-18:6", "18-36:12"],
    ]) {
      const res = await patch({ "target-readiness": ["high"], capacity: bad }, 1);
      expect(res.status).toBe(400);
      expect((await json(res)).error.details.field).toBe("profile.capacity");
    }
    const unchanged = await json(await t.call("GET", `/api/assessments/${own}`, { token: official }));
    expect(unchanged).toMatchObject({ version: 1, profile: {} });
    expect((await patch({ capacity: ["0-6:2", "6-18:4", "18-36:8"] }, 1)).status).toBe(200);
    const score = await json(await t.call("GET", `/api/assessments/${own}/score`, { token: official }));
    expect(score.capacityPlan.map((h: Json) => h.capacity)).toEqual([2, 4, 8]);
    const query = await t.call("GET", `/api/assessments/${own}/score?capacity=0-6:1,6-18:1,18-36:1`, {
      token: official,
    });
    expect((await json(query)).capacityPlan.map((h: Json) => h.capacity)).toEqual([1, 1, 1]);
  });

  it("names the stages in the language asked for", async () => {
    const instrument = findInstrument("un-peace-ops-readiness", "2026.1");
    if (!instrument) throw new Error("2026.1 is served");
    const own = await createAssessment(t, "NOR", 2027);
    const answers = Object.fromEntries(
      instrument.dimensions.flatMap((d) => d.indicators.map((i) => [i.id, { level: 1 }] as const)),
    );
    const saved = await t.call("PATCH", `/api/assessments/${own}`, {
      token: official,
      headers: { "if-match": '"1"' },
      body: { answers },
    });
    expect(saved.status).toBe(200);
    const english = await json(await t.call("GET", `/api/assessments/${own}/score`, { token: official }));
    const french = await json(await t.call("GET", `/api/assessments/${own}/score?lang=fr`, { token: official }));
    const stage = english.overall.stage as number;
    const names = translateInstrument(instrument).stages.find((s) => s.stage === stage)?.name;
    expect(english.overall.stageName).toBe(names?.en);
    expect(french.overall.stageName).toBe(names?.fr);
    expect(french.overall.stageName).not.toBe(english.overall.stageName);
    expect(french.dimensions.map((d: Json) => d.stageName)).toEqual(
      english.dimensions.map(
        (d: Json) => translateInstrument(instrument).stages.find((s) => s.stage === d.stage)?.name.fr,
      ),
    );
  });

  it("answers the sensitivity to the official and admins, the same twice, and 404 to another country", async () => {
    const path = `/api/assessments/${id}/sensitivity`;
    const first = await json(await t.call("GET", path, { token: official }));
    expect(first.draws).toBe(1000);
    expect(Object.keys(first.headline.stageProbabilities)).toEqual(["1", "2", "3", "4", "5"]);
    expect(first.lenses.map((l: Json) => l.id)).toEqual(["un-standard", "post-liberal"]);
    const admin = await t.call("GET", path, { token: await t.token("admin") });
    expect(await json(admin)).toEqual(first);
    const other = await t.call("GET", path, { token: await t.token("official", "SWE") });
    expect(other.status).toBe(404);
    const analyst = await t.call("GET", path, { token: await t.token("analyst") });
    expect(analyst.status).toBe(403);
  });
});
