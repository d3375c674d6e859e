import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answer, Answers } from "../../../functions/core/assessment.ts";
import type { Instrument, Level } from "../../../functions/core/instrument/schema.ts";
import { scoreAssessment } from "../../../functions/core/scoring/score-report.ts";
import type { ScoreReport } from "../../../functions/core/scoring/types.ts";
import { allIndicatorIds, instrumentArb, instrumentWithAnswersArb, profileArb } from "../support/arbitraries.ts";

const runs = { numRuns: 1000 };

function uniform(inst: Instrument, level: Level): Answers {
  return Object.fromEntries(allIndicatorIds(inst).map((id) => [id, { level } satisfies Answer]));
}

/** The parts of a report that must not depend on whether an indicator is `na` or absent from the instrument. */
function comparable(report: ScoreReport) {
  return {
    dimensions: report.dimensions.map(({ counts: _counts, ...rest }) => rest),
    overall: report.overall,
    redFlags: report.redFlags,
    topLevers: report.topLevers,
    recommendations: report.recommendations,
    findOut: report.findOut,
  };
}

describe("scoreAssessment properties", () => {
  it("keeps every index and percent to target within bounds", () => {
    fc.assert(
      fc.property(instrumentWithAnswersArb, ([inst, answers, profile]) => {
        const report = scoreAssessment(inst, answers, profile);
        for (const d of report.dimensions) {
          if (d.index !== null) expect(d.index).toBeGreaterThanOrEqual(0);
          if (d.index !== null) expect(d.index).toBeLessThanOrEqual(100);
          if (d.stage !== null && d.uncappedStage !== null) expect(d.stage).toBeLessThanOrEqual(d.uncappedStage);
        }
        expect(report.overall.percentToTarget).toBeGreaterThanOrEqual(0);
        expect(report.overall.percentToTarget).toBeLessThanOrEqual(1);
      }),
      runs,
    );
  });

  it("never lowers a dimension index or percent to target when one answer is raised", () => {
    const arb = instrumentWithAnswersArb.chain(([inst, answers, profile]) =>
      fc.tuple(
        fc.constant(inst),
        fc.constant(answers),
        fc.constant(profile),
        fc.constantFrom(...allIndicatorIds(inst)),
      ),
    );
    fc.assert(
      fc.property(arb, fc.constantFrom<Level>(0, 1, 2), ([inst, answers, profile, id], from) => {
        const before = scoreAssessment(inst, { ...answers, [id]: { level: from } }, profile);
        const raised = (from + 1) as Level;
        const after = scoreAssessment(inst, { ...answers, [id]: { level: raised } }, profile);
        const d = inst.dimensions.findIndex((dim) => dim.indicators.some((i) => i.id === id));
        expect(after.dimensions[d]?.index).toBeGreaterThanOrEqual(before.dimensions[d]?.index as number);
        expect(after.overall.percentToTarget).toBeGreaterThanOrEqual(before.overall.percentToTarget);
      }),
      runs,
    );
  });

  it("treats an indicator marked na exactly as if it were not in the instrument", () => {
    const arb = instrumentWithAnswersArb.filter(([inst]) => inst.dimensions.some((d) => d.indicators.length > 1));
    fc.assert(
      fc.property(arb, fc.nat(), ([inst, answers, profile], seed) => {
        const candidates = inst.dimensions.filter((d) => d.indicators.length > 1).flatMap((d) => d.indicators);
        const removedId = (candidates[seed % candidates.length] as { id: string }).id;
        const withNa = scoreAssessment(inst, { ...answers, [removedId]: { level: "na", reason: "n/a" } }, profile, {
          method: "1.0.0",
        });
        const { [removedId]: _dropped, ...rest } = answers;
        const without = scoreAssessment(withoutIndicator(inst, removedId), rest, profile, { method: "1.0.0" });
        expect(comparable(withNa)).toEqual(comparable(without));
      }),
      runs,
    );
  });

  it("does not depend on the order of the answers", () => {
    fc.assert(
      fc.property(instrumentWithAnswersArb, fc.nat(), ([inst, answers, profile], seed) => {
        const entries = Object.entries(answers);
        const rotated = entries
          .slice(seed % (entries.length || 1))
          .concat(entries.slice(0, seed % (entries.length || 1)));
        const reversed = Object.fromEntries(rotated.reverse());
        expect(scoreAssessment(inst, reversed, profile)).toEqual(scoreAssessment(inst, answers, profile));
      }),
      runs,
    );
  });

  it("gives index 100, stage 5, full target and no gap-closing recommendation when all answers are level 3", () => {
    fc.assert(
      fc.property(instrumentArb, profileArb, (inst, profile) => {
        const report = scoreAssessment(inst, uniform(inst, 3), profile);
        for (const d of report.dimensions) expect([d.index, d.stage]).toEqual([100, 5]);
        expect(report.overall).toMatchObject({ mean: 100, floor: 100, stage: 5, percentToTarget: 1 });
        expect(report.recommendations.filter((r) => r.closesGap)).toEqual([]);
        expect(report.topLevers).toEqual([]);
      }),
      runs,
    );
  });

  it("gives index 0 and stage 1 when all answers are level 0", () => {
    fc.assert(
      fc.property(instrumentArb, profileArb, (inst, profile) => {
        const report = scoreAssessment(inst, uniform(inst, 0), profile);
        for (const d of report.dimensions) expect([d.index, d.stage]).toEqual([0, 1]);
        expect(report.overall.stage).toBe(1);
      }),
      runs,
    );
  });

  it("never ranks a recommendation before one of its prerequisites, nor phases it earlier", () => {
    const phase = { "0-6": 0, "6-18": 1, "18-36": 2 };
    fc.assert(
      fc.property(instrumentWithAnswersArb, ([inst, answers, profile]) => {
        const recs = scoreAssessment(inst, answers, profile).recommendations;
        const position = new Map(recs.map((r, i) => [r.id, i]));
        recs.forEach((r, i) => {
          expect(r.rank).toBe(i + 1);
          for (const p of r.prerequisites) {
            const at = position.get(p);
            if (at === undefined) continue;
            expect(at).toBeLessThan(i);
            expect(phase[(recs[at] as { horizon: keyof typeof phase }).horizon]).toBeLessThanOrEqual(phase[r.horizon]);
          }
        });
      }),
      runs,
    );
  });
});

function withoutIndicator(inst: Instrument, id: string): Instrument {
  return {
    ...inst,
    dimensions: inst.dimensions.map((d) => ({
      ...d,
      indicators: d.indicators.filter((i) => i.id !== id),
      gates: d.gates.filter((g) => g.indicatorId !== id),
    })),
  };
}
