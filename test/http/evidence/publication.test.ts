import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishViaApi, uniformAnswers } from "../../support/publishing.ts";
import { createAssessment, INSTRUMENT, type Json, json, startTestApp, type TestApp } from "../../support/test-app.ts";

let t: TestApp;
let analyst: string;
const CYCLE = 2027;
const VERIFIED = "casualty-risk-policy";

/**
 * Canada's assessment is answered by two respondents, one answer is verified by a reviewer, then it is submitted
 * and made public next to four other public countries (enough for the built-in `all` cohort to be released).
 */
beforeAll(async () => {
  t = await startTestApp();
  analyst = await t.token("analyst");
  const official = await t.token("official", "CAN");
  const id = await createAssessment(t, "CAN", CYCLE);
  for (const subject of ["resp-defence", "resp-finance"]) {
    const { token } = await t.keys.mint({ subject, role: "official", country: "CAN" });
    await t.call("PATCH", `/api/assessments/${id}/responses/mine`, {
      token,
      headers: { "if-none-match": "*" },
      body: { institution: "defence", answers: { [VERIFIED]: { level: 2 } } },
    });
  }
  const current = await t.call("GET", `/api/assessments/${id}`, { token: official });
  await t.call("PATCH", `/api/assessments/${id}`, {
    token: official,
    headers: { "if-match": current.headers.get("etag") as string },
    body: { answers: uniformAnswers(2) },
  });
  const reviewer = await t.token("reviewer", "CAN");
  const verdict = await t.call("POST", `/api/assessments/${id}/reviews`, {
    token: reviewer,
    body: { indicatorId: VERIFIED, verdict: "verified" },
  });
  expect(verdict.status).toBe(201);
  await publishViaApi(t, "CAN", CYCLE, uniformAnswers(2), "public");
  for (const country of ["FRA", "KEN", "BRA", "IND"])
    await publishViaApi(t, country, CYCLE, uniformAnswers(1), "public");
});
afterAll(() => t.close());

describe("evidence in what is published", () => {
  it("exports each answer's grade, the verified share and the respondent count, and the codebook defines them", async () => {
    const res = await t.call("GET", `/api/exports/scores.json?cycle=${CYCLE}`, { token: analyst });
    expect(res.status).toBe(200);
    const rows = (await json(res)).items as Json[];
    const canada = rows.find((r) => r.country === "CAN")!;
    expect(canada.casualty_risk_policy_evidence).toBe("externally-verified");
    expect(canada.national_caveats_evidence).toBe("self-declared");
    expect(canada.verified_share).toBeGreaterThan(0);
    expect(canada.respondents).toBe(2);
    expect(rows.find((r) => r.country === "KEN")).toMatchObject({ verified_share: 0, respondents: 1 });
    const codebook = await json(await t.call("GET", "/api/exports/codebook.json", { token: analyst }));
    const names = (codebook.columns as Json[]).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(["verified_share", "respondents", "casualty_risk_policy_evidence"]));
  });

  it("shows them on the public profile", async () => {
    const profile = await json(await t.call("GET", "/api/profiles/CAN", { token: analyst }));
    expect(profile.latest.answers[VERIFIED]).toEqual({ level: 2, evidence: "externally-verified" });
    expect(profile.latest.evidence.respondents).toBe(2);
  });

  it("reports verified share and median respondents per released cohort cell", async () => {
    const query = `instrument=${INSTRUMENT.instrumentId}&version=${INSTRUMENT.instrumentVersion}&cycle=${CYCLE}`;
    const stats = await json(await t.call("GET", `/api/cohorts/all/stats?${query}`, { token: analyst }));
    expect(stats.suppressed).toBe(false);
    const cells = (stats.dimensions as Json[]).flatMap((d) => [d, ...d.indicators]).filter((c) => !c.suppressed);
    expect(cells.length).toBeGreaterThan(0);
    const verified = cells.find((c) => c.indicatorId === VERIFIED)!;
    expect(verified.evidence).toEqual({ verifiedShare: 0.2, medianRespondents: 1 });
    for (const cell of cells) expect(cell.evidence.medianRespondents).toBe(1);
  });
});
