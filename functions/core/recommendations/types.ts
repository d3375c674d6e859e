import type { Horizon, Level, ReformArea } from "../instrument/schema.ts";

/** Why a recommendation is in the roadmap: one reason per trigger that fired (METHODOLOGY §9). */
export type Reason =
  | { kind: "indicator"; indicatorId: string; level: Level; target: Level }
  | { kind: "redFlag"; ruleId: string; severity: "HIGH" | "MEDIUM" }
  | { kind: "profile"; questionId: string; optionId: string }
  | { kind: "unknownPrerequisite"; indicatorId: string; prerequisiteId: string };

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
  /** Method 1.1: an action, or a "find out first" item standing for a prerequisite nobody knows is in place. */
  kind?: "action" | "find-out-first";
  /** Method 1.1: among the first few of its horizon; the rest come later. */
  startHere?: boolean;
  /** Method 1.1, when a capacity was given: whether the capacity plan includes it. */
  withinCapacity?: boolean;
}

/** Staff-months available per horizon. */
export type Capacity = Readonly<Record<Horizon, number>>;

/** What the capacity plan chose in one horizon. */
export interface CapacityPlanHorizon {
  horizon: Horizon;
  capacity: number;
  used: number;
  /** Σ severity × gap of the chosen items. */
  gapClosed: number;
  chosen: string[];
}
