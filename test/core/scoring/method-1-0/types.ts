import type { Horizon, Level, LocaleText, ReformArea } from "../../../../functions/core/instrument/schema.ts";

export type Stage = 1 | 2 | 3 | 4 | 5;

/** A gate that held a dimension below the stage its index alone would reach. */
export interface GateCap {
  indicatorId: string;
  minLevel: Level;
  forStage: Stage;
}

export interface DimensionScore {
  dimensionId: string;
  reformArea: ReformArea;
  /** 0–100, or null when no indicator is counted. */
  index: number | null;
  stage: Stage | null;
  /** Stage the index alone would reach, before gates. */
  uncappedStage: Stage | null;
  cappedBy: GateCap[];
  /** Share (by weight) of applicable indicators that have a level; null when every indicator is `na`. */
  coverage: number | null;
  counts: { answered: number; na: number; unknown: number; unanswered: number };
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

export type Reason =
  | { kind: "indicator"; indicatorId: string; level: Level; target: Level }
  | { kind: "redFlag"; ruleId: string; severity: "HIGH" | "MEDIUM" }
  | { kind: "profile"; questionId: string; optionId: string };

export interface RankedRecommendation {
  id: string;
  rank: number;
  reformArea: ReformArea;
  effort: 1 | 2 | 3;
  /** Phase after prerequisites: never earlier than any prerequisite's phase. */
  horizon: Horizon;
  priority: number;
  prerequisites: readonly string[];
  /** Whether the recommendation closes an indicator gap (as opposed to answering only a flag or profile). */
  closesGap: boolean;
  reasons: Reason[];
  /** English sentence built from the reasons, e.g. "indicator X is at level 1, your target is 3". */
  why: string;
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
    percentToTarget: number;
    coverage: number | null;
  };
  targets: Record<string, Level>;
  redFlags: RedFlag[];
  topLevers: Lever[];
  recommendations: RankedRecommendation[];
  findOut: FindOut[];
}
