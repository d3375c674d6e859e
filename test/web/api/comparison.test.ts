import { describe, expect, it } from "vitest";
import type { Snapshot } from "../../../functions/core/assessment.ts";
import { compareSnapshots } from "../../../functions/core/compare.ts";
import { findInstrument } from "../../../functions/core/instrument/catalogue.ts";
import type { Instrument } from "../../../functions/core/instrument/schema.ts";
import { scoreAssessment } from "../../../functions/core/scoring/score-report.ts";
import { snapshotComparisonSchema } from "../../../functions/http/report-schemas.ts";
import { indexDelta, sideFigures } from "../../../web/src/api/comparison.ts";

const v1 = findInstrument("un-peace-ops-readiness", "2026.1") as Instrument;
/** A later version that renamed a dimension: the two snapshots do not share all their dimensions. */
const v2: Instrument = {
  ...v1,
  version: "2026.9",
  dimensions: v1.dimensions.map((d, i) => (i === 1 ? { ...d, id: "adaptive-capacity-2" } : d)),
};
const answers = { "national-caveats": { level: 2 as const }, "casualty-risk-policy": { level: 1 as const } };

function snapshotOf(instrument: Instrument, id: string, cycle: number): Snapshot {
  return {
    id,
    assessmentId: `a-${id}`,
    country: "CAN",
    cycle,
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    assessmentVersion: 2,
    createdAt: `${cycle}-01-01T00:00:00.000Z`,
    createdBy: "u",
    answers,
    profile: {},
    score: scoreAssessment(instrument, answers, {}),
    evidence: { grades: {}, verifiedShare: 0, respondents: 1 },
  };
}

describe("the compare page's figures", () => {
  it("hold when two instrument versions do not share a dimension (a side is null, as the schema allows)", () => {
    const diff = snapshotComparisonSchema.parse(
      compareSnapshots(snapshotOf(v1, "s1", 2026), snapshotOf(v2, "s2", 2027)),
    );
    expect(diff.sameInstrument).toBe(false);
    const onlyBefore = diff.dimensions.find((d) => d.dimensionId === "adaptive-capacity");
    const onlyAfter = diff.dimensions.find((d) => d.dimensionId === "adaptive-capacity-2");
    expect([onlyBefore?.to, onlyAfter?.from]).toEqual([null, null]);
    for (const d of diff.dimensions)
      expect(() => [indexDelta(d), sideFigures(d.from), sideFigures(d.to)]).not.toThrow();
    expect(indexDelta(onlyBefore as never)).toBeNull();
    expect(sideFigures(null)).toEqual({ index: null, stage: null });
    const shared = diff.dimensions.find((d) => d.dimensionId === "risk-tolerance");
    expect(indexDelta(shared as never)).toBe(0);
  });
});
