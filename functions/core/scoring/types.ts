import type { Gate, Level, LocaleText, ReformArea } from "../instrument/schema.ts";
import type { CapacityPlanHorizon, RankedRecommendation } from "../recommendations/types.ts";

export type { Capacity, CapacityPlanHorizon, RankedRecommendation, Reason } from "../recommendations/types.ts";

export type Stage = 1 | 2 | 3 | 4 | 5;

/** A gate that held a dimension below the stage its index alone would reach. */
export interface GateCap {
  indicatorId: string;
  minLevel: Gate["minLevel"];
  forStage: Gate["forStage"];
}

export interface DimensionScore {
  dimensionId: string;
  reformArea: ReformArea;
  counts: { answered: number; na: number; unknown: number; unanswered: number };
  /** 0–100 over the indicators with a level (available-case), or null when none has one. */
  index: number | null;
  /** Method 1.1: the index with unknown and unanswered indicators at level 0 and at level 3. */
  interval?: [number, number] | null;
  /** Method 1.1: from the conservative index (the interval's low end); null below the coverage floor. */
  stage: Stage | null;
  /** Method 1.1: the instrument's name for the stage, null when there is no stage. */
  stageName?: string | null;
  /** Stage the index alone would reach, before gates. */
  uncappedStage: Stage | null;
  cappedBy: GateCap[];
  /** Share (by weight) of applicable indicators that have a level; null when every indicator is `na`. */
  coverage: number | null;
  /** Method 1.1: coverage is under the floor, so the dimension has no stage and stays out of statistics. */
  belowCoverage?: boolean;
}

export interface RedFlag {
  ruleId: string;
  severity: "HIGH" | "MEDIUM";
  message: LocaleText;
}

export interface Lever {
  indicatorId: string;
  dimensionId: string;
  current: Level;
  target: Level;
  /** Dimension index points gained if this indicator alone reached its target. */
  pointsGained: number;
}

export interface FindOut {
  indicatorId: string;
  dimensionId: string;
  state: "unknown" | "unanswered";
}

export interface ScoreReport {
  methodVersion: string;
  instrumentId: string;
  instrumentVersion: string;
  dimensions: DimensionScore[];
  overall: {
    mean: number | null;
    floor: number | null;
    stage: Stage | null;
    stageName?: string | null;
    /** Relative to the country's own targets: not comparable across countries. */
    percentToTarget: number;
    coverage: number | null;
    belowCoverage?: boolean;
  };
  targets: Record<string, Level>;
  redFlags: RedFlag[];
  topLevers: Lever[];
  recommendations: RankedRecommendation[];
  /** Method 1.1, when a capacity was given: what fits in each horizon. */
  capacityPlan?: CapacityPlanHorizon[];
  findOut: FindOut[];
}
