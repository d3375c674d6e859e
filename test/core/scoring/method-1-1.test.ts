import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answer, Answers, Profile } from "../../../functions/core/assessment.ts";
import { findInstrument } from "../../../functions/core/instrument/catalogue.ts";
import { parseCapacity } from "../../../functions/core/recommendations/capacity-input.ts";
import { scoreAssessment } from "../../../functions/core/scoring/score-report.ts";
import { seedFrom } from "../../../functions/core/scoring/seeded-random.ts";
import { sensitivity } from "../../../functions/core/scoring/sensitivity.ts";
import { validateChanges } from "../../../functions/core/validate-changes.ts";

const instrument = findInstrument("un-peace-ops-readiness", "2026.1")!;
const ids = instrument.dimensions.flatMap((d) => d.indicators.map((i) => i.id));
const levelArb = fc.constantFrom<Answer | undefined>(
  undefined,
  { level: 0 },
  { level: 1 },
  { level: 2 },
  { level: 3 },
  { level: "unknown" },
);
const answersArb: fc.Arbitrary<Answers> = fc.tuple(...ids.map(() => levelArb)).map((list) => {
  const out: Record<string, Answer> = {};
  list.forEach((a, k) => {
    if (a !== undefined) out[ids[k]!] = a;
  });
  return out;
});
const profile: Profile = { "target-readiness": ["high"], "contribution-type": ["formed-military-units"] };
const idArb = fc.constantFrom(...ids);
const stagesOf = (a: Answers) => scoreAssessment(instrument, a, profile).dimensions.map((d) => d.stage ?? 0);
const allAt = (level: 0 | 1 | 2 | 3): Record<string, Answer> => Object.fromEntries(ids.map((id) => [id, { level }]));

describe("method 1.1: missing data never helps", () => {
  it("setting an indicator to unknown never gives a higher stage than setting it to 0", () => {
    fc.assert(
      fc.property(answersArb, idArb, (answers, id) => {
        const unknown = stagesOf({ ...answers, [id]: { level: "unknown" } });
        const zero = stagesOf({ ...answers, [id]: { level: 0 } });
        unknown.forEach((s, k) => {
          expect(s).toBeLessThanOrEqual(zero[k]!);
        });
      }),
      { numRuns: 150 },
    );
  });

  it("raising one answer never lowers any dimension's conservative index", () => {
    fc.assert(
      fc.property(answersArb, idArb, fc.constantFrom(0, 1, 2), (answers, id, from) => {
        const before = scoreAssessment(instrument, { ...answers, [id]: { level: from as 0 } }, profile);
        const after = scoreAssessment(instrument, { ...answers, [id]: { level: (from + 1) as 1 } }, profile);
        before.dimensions.forEach((d, k) => {
          expect(after.dimensions[k]!.interval![0]).toBeGreaterThanOrEqual(d.interval![0]);
        });
      }),
      { numRuns: 150 },
    );
  });

  it("refuses na where the instrument does not allow it, naming the indicator", () => {
    fc.assert(
      fc.property(idArb, (id) => {
        const problems = validateChanges(instrument, { answers: { [id]: { level: "na", reason: "r" } } });
        // language-capability allows na only for English-only missions, which an empty profile does not choose.
        const allowed = id === "civilian-rosters";
        expect(problems.some((p) => p.field === `answers.${id}`)).toBe(!allowed);
      }),
    );
    const underProfile = validateChanges(
      instrument,
      { profile: { "contribution-type": ["civilian-experts"] } },
      { answers: { "civilian-rosters": { level: "na", reason: "no civilians" } }, profile: {} },
    );
    expect(underProfile).toEqual([
      { field: "answers.civilian-rosters", message: expect.stringContaining("ambition profile") },
    ]);
  });

  it("reads a stored na that is not allowed as unknown, and reports an interval around the index", () => {
    const answers = { ...allAt(2), "national-caveats": { level: "na", reason: "old" } as Answer };
    const risk = scoreAssessment(instrument, answers, profile).dimensions[0]!;
    expect(risk.counts.unknown).toBe(1);
    expect(risk.index).toBe(66.67);
    expect(risk.interval).toEqual([57.97, 71.01]);
    expect(risk.coverage).toBe(0.8696);
    expect(risk.stage).toBe(3);
    expect(risk.stageName).toBe("Ready for individual deployments");
  });

  it("gives no stage below the coverage floor, and then no headline", () => {
    const answers: Record<string, Answer> = { ...allAt(3) };
    for (const id of instrument.dimensions[2]!.indicators.slice(0, 5).map((i) => i.id)) delete answers[id];
    const report = scoreAssessment(instrument, answers, profile);
    expect(report.dimensions.map((d) => d.stage)).toEqual([5, 5, null]);
    expect(report.dimensions[2]!.belowCoverage).toBe(true);
    expect(report.overall.stage).toBeNull();
    expect(report.overall.stageName).toBeNull();
  });

  it("floors UN minimums whatever the ambition", () => {
    const report = scoreAssessment(instrument, {}, { "target-readiness": ["initial"] });
    expect(report.targets["pdt-certification"]).toBe(2);
    expect(report.targets["public-narrative"]).toBe(1);
  });
});

describe("method 1.1 roadmap", () => {
  const unknownBody = { ...allAt(0), "interministerial-coordination": { level: "unknown" } as Answer };

  it("puts a find-out-first item ahead of what waits on an unknown prerequisite", () => {
    const { recommendations } = scoreAssessment(instrument, unknownBody, profile);
    const at = (id: string) => recommendations.findIndex((r) => r.id === id);
    const item = recommendations.find((r) => r.kind === "find-out-first")!;
    expect(item.id).toBe("find-out:interministerial-coordination");
    expect(item.why).toMatch(/^Find out first/);
    expect(at(item.id)).toBeLessThan(at("joint-deployment-plan"));
  });

  it("marks at most five start-here items per horizon", () => {
    const { recommendations } = scoreAssessment(instrument, allAt(0), profile);
    for (const h of ["0-6", "6-18", "18-36"]) {
      const inH = recommendations.filter((r) => r.horizon === h);
      expect(inH.filter((r) => r.startHere).length).toBe(Math.min(5, inH.length));
    }
  });

  it("never exceeds capacity nor plans a dependant without what it waits on", () => {
    fc.assert(
      fc.property(answersArb, fc.nat(8), fc.nat(12), fc.nat(20), (answers, a, b, c) => {
        const capacity = { "0-6": a, "6-18": b, "18-36": c };
        const report = scoreAssessment(instrument, answers, profile, { capacity });
        const planned = new Set(report.capacityPlan!.flatMap((h) => h.chosen));
        for (const h of report.capacityPlan!) expect(h.used).toBeLessThanOrEqual(capacity[h.horizon]);
        for (const r of report.recommendations.filter((x) => planned.has(x.id))) {
          expect(r.withinCapacity).toBe(true);
          const triggered = r.prerequisites.filter((p) => report.recommendations.some((x) => x.id === p));
          for (const p of triggered) expect(planned.has(p)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("reads a capacity and refuses a bad one", () => {
    expect(parseCapacity("0-6:3,6-18:6,18-36:12")).toEqual({ capacity: { "0-6": 3, "6-18": 6, "18-36": 12 } });
    expect(parseCapacity("0-6:3,6-18:6")).toEqual({ problem: "staff-months missing for 18-36" });
    expect(parseCapacity("0-6:3,0-6:3,18-36:1")).toEqual({ problem: "horizon 0-6 is given twice" });
    expect(parseCapacity("1-2:3")).toMatchObject({ problem: expect.stringContaining("unknown horizon") });
    expect(parseCapacity("0-6:-1,6-18:6,18-36:12")).toMatchObject({ problem: expect.stringContaining("whole") });
    expect(parseCapacity("0-6:99999,6-18:6,18-36:12")).toMatchObject({ problem: expect.stringContaining("600") });
  });

  it("plans within the capacity the profile saves when none is passed, and a passed one wins", () => {
    const saved = { ...profile, capacity: ["0-6:2", "6-18:4", "18-36:6"] };
    const fromProfile = scoreAssessment(instrument, allAt(0), saved);
    expect(fromProfile.capacityPlan?.map((h) => h.capacity)).toEqual([2, 4, 6]);
    const passed = scoreAssessment(instrument, allAt(0), saved, { capacity: { "0-6": 1, "6-18": 1, "18-36": 1 } });
    expect(passed.capacityPlan?.map((h) => h.capacity)).toEqual([1, 1, 1]);
    expect(scoreAssessment(instrument, allAt(0), profile).capacityPlan).toBeUndefined();
    expect(scoreAssessment(instrument, allAt(0), { ...profile, capacity: ["0-6:x"] }).capacityPlan).toBeUndefined();
    expect(scoreAssessment(instrument, allAt(0), saved, { method: "1.0.0" }).capacityPlan).toBeUndefined();
  });

  it("refuses a bad capacity in the profile, naming it, and takes a good or empty one", () => {
    const problems = (capacity: string[]) => validateChanges(instrument, { profile: { capacity } });
    expect(problems(["0-6:3", "6-18:6", "18-36:12"])).toEqual([]);
    expect(problems([])).toEqual([]);
    for (const bad of [["0-6:-1", "6-18:6", "18-36:12"], ["soon:3"], ["0-6:3"], ["0-6:601", "6-18:6", "18-36:12"]])
      expect(problems(bad)).toEqual([{ field: "profile.capacity", message: expect.any(String) }]);
  });
});

describe("sensitivity", () => {
  it("is deterministic for a seed and gives probabilities that sum to 1", () => {
    fc.assert(
      fc.property(answersArb, fc.integer({ min: 0, max: 2 ** 31 }), (answers, seed) => {
        const a = sensitivity(instrument, answers, profile, { draws: 50, seed });
        expect(sensitivity(instrument, answers, profile, { draws: 50, seed })).toEqual(a);
        const total = Object.values(a.headline.stageProbabilities).reduce((x, y) => x + y, 0);
        expect(total).toBeCloseTo(1, 2);
        for (const d of a.dimensions) expect(d.indexBand[0]).toBeLessThanOrEqual(d.indexBand[1]);
        expect(a.lenses.map((l) => l.id)).toEqual(["un-standard", "post-liberal"]);
      }),
      { numRuns: 20 },
    );
  });

  it("is certain for a fully answered country at the top, and seeds follow the text", () => {
    const s = sensitivity(instrument, allAt(3), profile, { draws: 200, seed: seedFrom("a:1") });
    expect(s.headline.stageProbabilities["5"]).toBe(1);
    expect(s.lenses.every((l) => l.headlineStage === 5)).toBe(true);
    expect(seedFrom("a:1")).not.toBe(seedFrom("a:2"));
  });
});
