import { describe, expect, it } from "vitest";
import type { Answer, Snapshot } from "../../../functions/core/assessment.ts";
import { snapshotEvidence } from "../../../functions/core/evidence/published-evidence.ts";
import { findInstrument } from "../../../functions/core/instrument/catalogue.ts";
import { publicationOf, publishedRow } from "../../../functions/core/publication.ts";
import { scoreAssessment } from "../../../functions/core/scoring/score-report.ts";
import { seedFrom } from "../../../functions/core/scoring/seeded-random.ts";
import { SENSITIVITY_DRAWS, sensitivity } from "../../../functions/core/scoring/sensitivity.ts";
import { computeCohortStats } from "../../../functions/core/statistics/cohort-stats.ts";
import { withoutExposedPooled } from "../../../functions/core/statistics/complementary-suppression.ts";
import { computeBuiltInCohortStats } from "../../../functions/core/statistics/pooled-guard.ts";
import { headlineRobustness, ROBUST_STAGE_SHARE, robustnessOf } from "../../../functions/core/statistics/robustness.ts";
import { fiveCountries, instrument as testInstrument } from "./fixtures.ts";

const instrument = findInstrument("un-peace-ops-readiness", "2026.1")!;
const ids = instrument.dimensions.flatMap((d) => d.indicators.map((i) => i.id));
const profile = { "target-readiness": ["standard"] };

function snapshotOf(answers: Record<string, Answer>, id = "s1", method: "1.0.0" | "1.1.0" = "1.1.0"): Snapshot {
  return {
    id,
    assessmentId: `a-${id}`,
    country: "CAN",
    cycle: 2026,
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    assessmentVersion: 4,
    createdAt: "2026-01-01T00:00:00.000Z",
    createdBy: "official",
    answers,
    profile,
    score: scoreAssessment(instrument, answers, profile, { method }),
    evidence: snapshotEvidence(instrument, answers, [], 1),
  };
}
const allAt = (level: 0 | 1 | 2 | 3) => Object.fromEntries(ids.map((id) => [id, { level }]));
const mixed = Object.fromEntries(ids.map((id, k) => [id, { level: (k % 4) as 0 | 1 | 2 | 3 }]));

describe("headline robustness", () => {
  it("is the largest headline stage share of the sensitivity the country's page shows (same seed)", () => {
    const snapshot = snapshotOf(mixed);
    const page = sensitivity(instrument, mixed, profile, { draws: SENSITIVITY_DRAWS, seed: seedFrom("a-s1:4") });
    expect(headlineRobustness(snapshot)).toBe(Math.max(...Object.values(page.headline.stageProbabilities)));
    expect(headlineRobustness(snapshotOf(allAt(3)))).toBe(1);
  });

  it("is unknown for method 1.0 snapshots and instruments no longer served", () => {
    expect(headlineRobustness(snapshotOf(mixed, "s2", "1.0.0"))).toBeUndefined();
    expect(headlineRobustness({ ...snapshotOf(mixed), instrumentVersion: "1999.1" })).toBeUndefined();
  });

  it("travels in the publication's score to the statistics row", () => {
    const publication = publicationOf(snapshotOf(allAt(3)), "public")!;
    expect(publication.score.headlineRobustness).toBe(1);
    expect(publishedRow(publication).headlineRobustness).toBe(1);
    const old = publicationOf(snapshotOf(mixed, "s3", "1.0.0"), "public")!;
    expect(old.score).not.toHaveProperty("headlineRobustness");
    expect(publishedRow(old)).not.toHaveProperty("headlineRobustness");
  });
});

describe("cohort robustness", () => {
  const shares = [0.95, ROBUST_STAGE_SHARE, 0.79, 1, 0.5];
  const rows = fiveCountries.map((r, k) => ({ ...r, headlineRobustness: shares[k] }));

  it("is the share of countries whose headline holds one stage in at least 80 % of plausible methods", () => {
    expect(robustnessOf(rows, 5)).toEqual({ suppressed: false, n: 5, robustShare: 0.6 });
    const stats = computeCohortStats({ cohortId: "c", instrument: testInstrument, rows, minCount: 5 });
    expect(stats.suppressed ? undefined : stats.robustness).toEqual({ suppressed: false, n: 5, robustShare: 0.6 });
  });

  it("is withheld when fewer than the minimum of countries say how robust they are", () => {
    const someUnknown = rows.map((r, k) => (k < 2 ? { ...r, headlineRobustness: undefined } : r));
    expect(robustnessOf(someUnknown, 5)).toEqual({ suppressed: true });
    expect(robustnessOf(someUnknown, 3)).toEqual({ suppressed: false, n: 3, robustShare: 0.3333 });
  });

  it("is withheld in a built-in cohort when 1 to minimum − 1 pooled countries contribute to it", () => {
    const pooled = rows.map((r, k) => ({ ...r, pooled: k < 3 }));
    const released = computeBuiltInCohortStats({
      cohortId: "b",
      instrument: testInstrument,
      rows: pooled,
      minCount: 3,
    });
    expect(released.suppressed ? undefined : released.robustness).toMatchObject({ suppressed: false, n: 5 });
    const lonely = pooled.map((r, k) => (k === 0 || k === 1 ? { ...r, headlineRobustness: undefined } : r));
    const stats = computeBuiltInCohortStats({ cohortId: "b", instrument: testInstrument, rows: lonely, minCount: 3 });
    expect(stats.suppressed ? undefined : stats.robustness).toEqual({ suppressed: true });
  });

  it("is left out of the parent cohort where 1 to minimum − 1 pooled countries would carry it", () => {
    const groupOf = () => "one-group";
    const pooled = rows.map((r, k) => ({
      ...r,
      pooled: k < 3,
      headlineRobustness: k === 1 || k === 2 ? undefined : r.headlineRobustness,
    }));
    const kept = withoutExposedPooled({ instrument: testInstrument, rows: pooled, groupOf, minCount: 3 });
    expect(kept.map((r) => r.country)).toEqual(pooled.map((r) => r.country));
    expect(kept.find((r) => r.country === "CAN")).not.toHaveProperty("headlineRobustness");
    expect(kept.filter((r) => !r.pooled).map((r) => r.headlineRobustness)).toEqual([1, 0.5]);
  });
});
