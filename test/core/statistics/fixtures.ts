import type { Answers } from "../../../functions/core/assessment.ts";
import { snapshotEvidence } from "../../../functions/core/evidence/published-evidence.ts";
import type { Dimension, Instrument } from "../../../functions/core/instrument/schema.ts";
import type { DimensionScore, ScoreReport, Stage } from "../../../functions/core/scoring/types.ts";
import type { CohortRow } from "../../../functions/core/statistics/cohort-stats.ts";

const text = (en: string) => ({ en });

function dimension(id: string, indicatorIds: string[]): Dimension {
  return {
    id,
    title: text(id),
    description: text(id),
    reformArea: "training",
    weight: 1,
    gates: [],
    indicators: indicatorIds.map((indicatorId) => ({
      id: indicatorId,
      title: text(indicatorId),
      question: text(indicatorId),
      weight: 1,
      levels: [text("0"), text("1"), text("2"), text("3")],
      reformArea: "training",
      naAllowed: false,
    })),
  };
}

/** Two dimensions, deliberately not in alphabetical order, to check that output follows the instrument. */
export const instrument: Instrument = {
  id: "test",
  version: "2025.1",
  title: text("Test"),
  description: text("Test"),
  defaultTarget: 2,
  dimensions: [dimension("risk", ["r-b", "r-a"]), dimension("adaptive", ["a-a", "a-b", "a-c"])],
  profile: [],
  riskRules: [],
  recommendations: [],
  stages: [],
  floorTargets: [],
  lenses: [],
};

export const indicatorIdsOf = (dimensionId: string): string[] =>
  instrument.dimensions.find((d) => d.id === dimensionId)!.indicators.map((i) => i.id);

/** Stage from index alone, thresholds 0/20/40/60/80 (gates do not matter to the statistics). */
export function stageOf(index: number | null): Stage | null {
  return index === null ? null : ((Math.min(4, Math.floor(index / 20)) + 1) as Stage);
}

/** A score report carrying only what the statistics read; the rest is filler that satisfies the type. */
export function scoreReport(indices: Record<string, number | null>): ScoreReport {
  const dimensions: DimensionScore[] = Object.entries(indices).map(([dimensionId, index]) => ({
    dimensionId,
    reformArea: "training",
    index,
    stage: stageOf(index),
    uncappedStage: stageOf(index),
    cappedBy: [],
    coverage: index === null ? null : 1,
    counts: { answered: 0, na: 0, unknown: 0, unanswered: 0 },
  }));
  return {
    methodVersion: "test",
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    dimensions,
    overall: { mean: null, floor: null, stage: null, percentToTarget: 0, coverage: null },
    targets: {},
    redFlags: [],
    topLevers: [],
    recommendations: [],
    findOut: [],
  };
}

export function row(
  country: string,
  indices: Record<string, number | null>,
  answers: Answers = {},
  cycle = 2025,
): CohortRow {
  return {
    country,
    cycle,
    score: scoreReport(indices),
    answers,
    evidence: snapshotEvidence(instrument, answers, [], 1),
  };
}

/** Five countries with every indicator answered: the smallest cohort released at the default threshold. */
export const fiveCountries: CohortRow[] = ["CAN", "BRA", "IND", "POL", "NGA"].map((country, i) =>
  row(
    country,
    { risk: i * 20, adaptive: 100 - i * 20 },
    { "r-a": { level: (i % 4) as 0 | 1 | 2 | 3 }, "a-a": { level: 3 }, "r-b": { level: "unknown" } },
  ),
);
