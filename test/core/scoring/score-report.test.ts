import { describe, expect, it } from "vitest";
import type { RiskRule } from "../../../functions/core/instrument/schema.ts";
import { METHOD_VERSION } from "../../../functions/core/scoring/method.ts";
import { scoreAssessment } from "../../../functions/core/scoring/score-report.ts";

// These examples pin method 1.0, which stored snapshots keep; method 1.1 is tested in method-1-1.test.ts.
const score10: typeof scoreAssessment = (i, a, p) => scoreAssessment(i, a, p, { method: "1.0.0" });

import { dimension, indicator, instrument, readinessQuestion } from "../support/instrument-builder.ts";

const languages = {
  id: "languages",
  text: { en: "Languages" },
  kind: "multi" as const,
  options: [
    { id: "french", label: { en: "French" }, raises: [{ indicatorId: "lang", level: 3 as const }] },
    { id: "english", label: { en: "English" } },
  ],
};

const inst = instrument({
  dimensions: [
    dimension("one", [indicator("a", 2), indicator("lang", 1)], [], 2),
    dimension("two", [indicator("b", 1), indicator("c", 1)]),
    dimension("empty", [indicator("z", 1)]),
  ],
  profile: [readinessQuestion, languages],
});

describe("overall results", () => {
  const report = score10(
    inst,
    { a: { level: 3 }, lang: { level: 0 }, b: { level: 1 }, c: { level: 2 }, z: { level: "na", reason: "r" } },
    {},
  );
  it("weights dimension indices, reports the floor and the weakest stage, skipping an empty dimension", () => {
    // one: 100·(2·3+1·0)/(3·3) = 66.67 (stage 4, weight 2); two: 100·3/6 = 50 (stage 3); empty: null.
    expect(report.dimensions.map((d) => d.index)).toEqual([66.67, 50, null]);
    expect(report.overall.mean).toBe(61.11);
    expect(report.overall.floor).toBe(50);
    expect(report.overall.stage).toBe(3);
    expect(report.overall.coverage).toBe(1);
    expect(report.methodVersion).toBe("1.0.0");
    expect(METHOD_VERSION).toBe("1.1.0");
    expect(report.instrumentId).toBe("test-instrument");
  });
  it("computes percent to target with the default target of 2", () => {
    // shortfall: lang 1·2 + b 1·1 = 3; required: 2·2+1·2+1·2+1·2 = 10 → 0.7
    expect(report.overall.percentToTarget).toBe(0.7);
  });
  it("has no overall figures when nothing is answered", () => {
    const empty = score10(inst, {}, {});
    expect(empty.overall).toEqual({ mean: null, floor: null, stage: null, percentToTarget: 0, coverage: 0 });
    expect(empty.findOut.map((f) => f.indicatorId)).toEqual(["a", "lang", "b", "c", "z"]);
  });
});

describe("targets from the ambition profile", () => {
  it.each([
    [{}, { a: 2, lang: 2 }],
    [{ "target-readiness": ["initial"] }, { a: 1, lang: 1 }],
    [{ "target-readiness": ["rapid"] }, { a: 3, lang: 3 }],
    [
      { "target-readiness": ["initial"], languages: ["french"] },
      { a: 1, lang: 3 },
    ],
    [{ languages: ["english"] }, { a: 2, lang: 2 }],
    // Ids the instrument does not know are ignored.
    [
      { "target-readiness": ["bogus", "initial"], languages: ["klingon"], other: ["x"] },
      { a: 1, lang: 1 },
    ],
  ])("profile %j sets targets %j", (profile, expected) => {
    expect(score10(inst, {}, profile).targets).toMatchObject(expected);
  });
  it("counts unknown as level 0 and leaves na out of percent to target", () => {
    const report = score10(inst, { a: { level: "unknown" }, lang: { level: "na", reason: "r" } }, {});
    // required 2·2 + 1·2 + 1·2 + 1·2 = 10 (lang excluded); shortfall is everything.
    expect(report.overall.percentToTarget).toBe(0);
    expect(report.findOut).toContainEqual({ indicatorId: "a", dimensionId: "one", state: "unknown" });
  });
  it("gives full marks when every target is 0", () => {
    const zero = instrument({ dimensions: [dimension("d", [indicator("a")])], defaultTarget: 0 });
    expect(score10(zero, {}, {}).overall.percentToTarget).toBe(1);
  });
});

describe("red flags", () => {
  const rules: RiskRule[] = [
    { id: "medium", severity: "MEDIUM", when: { indicator: "a", unknown: true }, message: { en: "m" } },
    {
      id: "high",
      severity: "HIGH",
      when: { all: [{ indicator: "a", atMost: 1 }, { any: [{ profile: "languages", includes: "french" }] }] },
      message: { en: "h" },
    },
  ];
  const flagged = instrument({
    dimensions: [dimension("d", [indicator("a")])],
    profile: [languages],
    riskRules: rules,
  });
  it.each([
    [{ a: { level: 1 as const } }, { languages: ["french"] }, ["high"]],
    [{ a: { level: 2 as const } }, { languages: ["french"] }, []],
    [{ a: { level: 0 as const } }, { languages: ["english"] }, []],
    [{ a: { level: "unknown" as const } }, {}, ["medium"]],
    [{ a: { level: "na" as const, reason: "r" } }, { languages: ["french"] }, []],
  ])("answers %j with profile %j raise %j", (answers, profile, ids) => {
    expect(score10(flagged, answers, profile).redFlags.map((f) => f.ruleId)).toEqual(ids);
  });
  it("lists HIGH flags before MEDIUM ones", () => {
    const both = score10(
      instrument({
        dimensions: [dimension("d", [indicator("a")])],
        profile: [languages],
        riskRules: [rules[0]!, { ...rules[1]!, when: { indicator: "a", atMost: 3 } }],
      }),
      { a: { level: 1 } },
      {},
    );
    expect(both.redFlags.map((f) => f.severity)).toEqual(["HIGH"]);
  });
});

describe("top levers", () => {
  it("ranks indicators by index points gained at target, ties by id", () => {
    const levers = score10(
      instrument({ dimensions: [dimension("d", [indicator("b", 1), indicator("a", 1), indicator("big", 2)])] }),
      { a: { level: 1 }, b: { level: 1 }, big: { level: 0 } },
      { "target-readiness": ["rapid"] },
    ).topLevers;
    // Σw = 4: big 100·2·3/12 = 50; a and b 100·1·2/12 = 16.67.
    expect(levers).toEqual([
      { indicatorId: "big", dimensionId: "d", current: 0, target: 3, pointsGained: 50 },
      { indicatorId: "a", dimensionId: "d", current: 1, target: 3, pointsGained: 16.67 },
      { indicatorId: "b", dimensionId: "d", current: 1, target: 3, pointsGained: 16.67 },
    ]);
  });
});
