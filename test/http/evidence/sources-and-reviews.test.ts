import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssessment, type Json, json, startTestApp, type TestApp } from "../../support/test-app.ts";

let t: TestApp;
let official: string;
let reviewer: string;
beforeAll(async () => {
  t = await startTestApp();
  official = await t.token("official", "CAN");
  reviewer = await t.token("reviewer", "CAN");
});
afterAll(() => t.close());

async function patch(id: string, answers: Record<string, unknown>) {
  const current = await t.call("GET", `/api/assessments/${id}`, { token: official });
  return t.call("PATCH", `/api/assessments/${id}`, {
    token: official,
    headers: { "if-match": current.headers.get("etag") as string },
    body: { answers },
  });
}

const source = { title: "Cabinet decision 12/2025", url: "https://example.org/decision", date: "2025-03" };

describe("answer sources", () => {
  let cycle = 2040;
  it("saves up to five sources per answer and returns them", async () => {
    const id = await createAssessment(t, "CAN", 2030);
    const answer = { level: 2, evidence: "documented", sources: [source, { title: "Annual report" }] };
    const res = await patch(id, { "casualty-risk-policy": answer });
    expect(res.status).toBe(200);
    expect((await json(res)).answers["casualty-risk-policy"].sources).toEqual(answer.sources);
  });

  it.each([
    [
      "javascript: link",
      { level: 1, sources: [{ title: "x", url: "javascript:alert(1)" }] },
      "body.answers.casualty-risk-policy.sources.0.url",
    ],
    [
      "data: link",
      { level: 1, sources: [{ title: "x", url: "data:text/html,hi" }] },
      "body.answers.casualty-risk-policy.sources.0.url",
    ],
    [
      "over-long title",
      { level: 1, sources: [{ title: "t".repeat(301) }] },
      "body.answers.casualty-risk-policy.sources.0.title",
    ],
    [
      "six sources",
      { level: 1, sources: Array.from({ length: 6 }, (_, i) => ({ title: `s${i}` })) },
      "body.answers.casualty-risk-policy.sources",
    ],
    [
      "documented level 2 without a source",
      { level: 2, evidence: "documented" },
      "body.answers.casualty-risk-policy.sources",
    ],
    [
      "a self-set external grade",
      { level: 1, evidence: "externally-verified" },
      "answers.casualty-risk-policy.evidence",
    ],
  ])("refuses %s with a 400 naming the field and saves nothing", async (_name, answer, field) => {
    cycle += 1;
    const id = await createAssessment(t, "CAN", cycle);
    const res = await patch(id, { "casualty-risk-policy": answer, "national-caveats": { level: 3 } });
    expect(res.status).toBe(400);
    expect((await json(res)).error.details.field).toBe(field);
    const after = await json(await t.call("GET", `/api/assessments/${id}`, { token: official }));
    expect(after.version).toBe(1);
    expect(after.answers).toEqual({});
  });
});

describe("review", () => {
  it("records verdicts, counts verified weight, and shows a verdict stale once its answer changes", async () => {
    const id = await createAssessment(t, "CAN", 2029);
    await patch(id, { "casualty-risk-policy": { level: 3 }, "national-caveats": { level: 2 } });
    const verdict = await t.call("POST", `/api/assessments/${id}/reviews`, {
      token: reviewer,
      body: { indicatorId: "casualty-risk-policy", verdict: "verified", note: "Seen the decree" },
    });
    expect(verdict.status).toBe(201);
    expect(await json(verdict)).toMatchObject({ indicatorId: "casualty-risk-policy", verdict: "verified" });
    await t.call("POST", `/api/assessments/${id}/reviews`, {
      token: reviewer,
      body: { indicatorId: "national-caveats", verdict: "disputed" },
    });

    const score = await json(await t.call("GET", `/api/assessments/${id}/score`, { token: official }));
    expect(score.overall.verifiedShare).toBeGreaterThan(0);
    expect(score.overall.verifiedShare).toBeLessThan(1);
    expect(score.overall).toHaveProperty("claimedStage", score.overall.stage);
    expect(score.overall).toHaveProperty("verifiedStage");

    const fresh = await json(await t.call("GET", `/api/assessments/${id}/reviews`, { token: official }));
    expect(fresh.items.map((r: Json) => [r.indicatorId, r.verdict, r.stale])).toEqual([
      ["casualty-risk-policy", "verified", false],
      ["national-caveats", "disputed", false],
    ]);

    await patch(id, { "casualty-risk-policy": { level: 2 } });
    const stale = await json(await t.call("GET", `/api/assessments/${id}/reviews`, { token: reviewer }));
    expect(stale.items.find((r: Json) => r.indicatorId === "casualty-risk-policy").stale).toBe(true);
    const rescored = await json(await t.call("GET", `/api/assessments/${id}/score`, { token: reviewer }));
    expect(rescored.overall.verifiedShare).toBe(0);
  });

  it("refuses verdicts on unknown or unanswered indicators, naming the field", async () => {
    const id = await createAssessment(t, "CAN", 2028);
    for (const indicatorId of ["no-such-indicator", "casualty-risk-policy"]) {
      const res = await t.call("POST", `/api/assessments/${id}/reviews`, {
        token: reviewer,
        body: { indicatorId, verdict: "verified" },
      });
      expect(res.status).toBe(400);
      expect((await json(res)).error.details.field).toBe("indicatorId");
    }
    const bad = await t.call("POST", `/api/assessments/${id}/reviews`, {
      token: reviewer,
      body: { indicatorId: "casualty-risk-policy", verdict: "maybe" },
    });
    expect((await json(bad)).error.details.field).toBe("body.verdict");
    expect((await json(await t.call("GET", `/api/assessments/${id}/reviews`, { token: reviewer }))).items).toEqual([]);
  });

  it("keeps reviewers to their own country and away from answers", async () => {
    const id = await createAssessment(t, "CAN", 2027);
    const norway = await t.token("reviewer", "NOR");
    expect((await t.call("GET", `/api/assessments/${id}`, { token: norway })).status).toBe(404);
    const post = await t.call("POST", `/api/assessments/${id}/reviews`, {
      token: norway,
      body: { indicatorId: "casualty-risk-policy", verdict: "verified" },
    });
    expect(post.status).toBe(404);
    const edit = await t.call("PATCH", `/api/assessments/${id}`, {
      token: reviewer,
      headers: { "if-match": '"1"' },
      body: { answers: { "casualty-risk-policy": { level: 3 } } },
    });
    expect(edit.status).toBe(403);
    const listed = await json(await t.call("GET", "/api/assessments", { token: reviewer }));
    expect(listed.items.every((a: Json) => a.country === "CAN")).toBe(true);
  });
});
