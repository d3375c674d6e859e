import { describe, expect, it } from "vitest";
import { scoreAssessment } from "../../../functions/core/scoring/score-report.ts";
import { dimension, indicator, instrument, readinessQuestion, recommendation } from "../support/instrument-builder.ts";

const inst = instrument({
  dimensions: [
    dimension(
      "d",
      [indicator("a", 1), indicator("b", 2), indicator("g", 1)],
      [{ indicatorId: "g", minLevel: 2, forStage: 3 }],
    ),
  ],
  riskRules: [
    { id: "flag", severity: "HIGH", when: { indicator: "a", atMost: 0 }, message: { en: "No policy at all" } },
  ],
  recommendations: [
    recommendation("foundation", { triggers: [{ indicator: "a" }], effort: 2, horizon: "6-18" }),
    recommendation("follow-up", { triggers: [{ indicator: "b" }], prerequisites: ["foundation"], horizon: "0-6" }),
    recommendation("gate-fix", { triggers: [{ indicator: "g" }], effort: 1 }),
    recommendation("flagged", { triggers: [{ redFlag: "flag" }], effort: 3, horizon: "18-36" }),
    recommendation("profiled", { triggers: [{ profile: "target-readiness", includes: "rapid" }], effort: 1 }),
    recommendation("only-low", { triggers: [{ indicator: "b", atMost: 0 }] }),
  ],
});

describe("rankRecommendations", () => {
  const report = scoreAssessment(
    inst,
    { a: { level: 0 }, b: { level: 1 }, g: { level: 1 } },
    { "target-readiness": ["rapid"] },
  );
  const byId = new Map(report.recommendations.map((r) => [r.id, r]));

  it("triggers on indicator gaps, red flags and profile choices, and respects atMost", () => {
    expect([...byId.keys()].sort()).toEqual(["flagged", "follow-up", "foundation", "gate-fix", "profiled"]);
  });
  it("prices severity × gap ÷ effort, doubling gate indicators and rewarding what others wait on", () => {
    expect(byId.get("gate-fix")?.priority).toBe(4); // weight 1 × gate 2 × gap 2 ÷ effort 1
    expect(byId.get("foundation")?.priority).toBe(1.875); // 1 × 3 ÷ 2 × (1 + 0.25 × 1 dependant)
    expect(byId.get("follow-up")?.priority).toBe(4); // 2 × 2 ÷ 1
    expect(byId.get("flagged")?.priority).toBe(2); // HIGH 6 ÷ 3
    expect(byId.get("profiled")?.priority).toBe(1);
  });
  it("moves a dependant to its prerequisite's phase and orders phases, then priority", () => {
    expect(byId.get("follow-up")?.horizon).toBe("6-18");
    expect(report.recommendations.map((r) => r.id)).toEqual([
      "gate-fix",
      "profiled",
      "foundation",
      "follow-up",
      "flagged",
    ]);
    expect(report.recommendations.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
  });
  it("says why in plain words", () => {
    expect(byId.get("gate-fix")?.why).toBe('"Indicator g" is at level 1, your target is 3');
    expect(byId.get("flagged")?.why).toBe("HIGH red flag: No policy at all");
    expect(byId.get("profiled")?.why).toBe('Your ambition profile says "Rapid"');
    expect(byId.get("profiled")?.closesGap).toBe(false);
    expect(byId.get("foundation")?.closesGap).toBe(true);
  });
  it("ignores a prerequisite that did not trigger", () => {
    const done = scoreAssessment(inst, { a: { level: 3 }, b: { level: 1 }, g: { level: 3 } }, {});
    const followUp = done.recommendations.find((r) => r.id === "follow-up");
    expect(followUp?.horizon).toBe("0-6");
    expect(followUp?.priority).toBe(2);
  });
  it("falls back to ids for reasons the instrument does not describe", () => {
    const sparse = { ...inst, riskRules: [], profile: [readinessQuestion] };
    const r = scoreAssessment(sparse, { a: { level: 0 } }, {}).recommendations;
    expect(r.map((x) => x.id)).toContain("foundation");
  });
});
