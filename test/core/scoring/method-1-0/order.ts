import { type Horizon, horizons } from "../../../../functions/core/vocabulary.ts";
import type { RecommendationPlan } from "./rank.ts";
import type { RankedRecommendation, Reason } from "./types.ts";

/** A triggered recommendation in one report, with the scratch that ranking it needs. */
export interface Candidate {
  plan: RecommendationPlan;
  reasons: Reason[];
  why: string;
  /** The largest severity × gap among the reasons. */
  severityGap: number;
  closesGap: boolean;
  /** Effective phase; -1 until settled. */
  phase: number;
  /** Triggered prerequisites not yet placed; -1 once placed. */
  pending: number;
  priority: number;
  /** The last dependant count that reached this candidate. */
  seen: number;
}

/**
 * The candidates by earliest phase, then highest priority, then id: the order Kahn's algorithm takes ready ones
 * in. An insertion sort in place, stable like `Array.prototype.sort` with the same comparison.
 */
export function sortCandidates(candidates: Candidate[]): Candidate[] {
  for (let i = 1; i < candidates.length; i++) {
    const c = candidates[i] as Candidate;
    let j = i;
    for (; j > 0; j--) {
      const other = candidates[j - 1] as Candidate;
      const order = c.phase - other.phase || other.priority - c.priority || c.plan.idRank - other.plan.idRank;
      if (!(order < 0)) break;
      candidates[j] = other;
    }
    candidates[j] = c;
  }
  return candidates;
}

function toRanked(candidate: Candidate, rank: number): RankedRecommendation {
  const { id, reformArea, effort, prerequisites } = candidate.plan.recommendation;
  const horizon = horizons[candidate.phase] as Horizon;
  const { priority, closesGap, reasons, why } = candidate;
  // Key order is part of the stored JSON. The words (title, action, owner, rationale) stay in the instrument: a
  // report names each recommendation by id, and its pinned instrument version never changes.
  return {
    id,
    rank,
    reformArea,
    effort,
    horizon,
    priority,
    prerequisites,
    closesGap,
    reasons,
    why,
  };
}

/**
 * Kahn's algorithm, always taking the earliest phase, then the highest priority, then the id, among what is ready.
 * That order is fixed, so the candidates come sorted by it; each step then takes the first one in that order whose
 * prerequisites are all placed. `slots` holds the candidates by instrument index.
 */
export function placeInOrder(
  sorted: readonly Candidate[],
  slots: readonly (Candidate | undefined)[],
): RankedRecommendation[] {
  const ranked: RankedRecommendation[] = [];
  let firstUnplaced = 0;
  while (ranked.length < sorted.length) {
    while ((sorted[firstUnplaced] as Candidate).pending < 0) firstUnplaced += 1;
    let i = firstUnplaced;
    // Triggered prerequisites are acyclic (settling phases would have overflowed otherwise), so one is ready.
    while ((sorted[i] as Candidate).pending !== 0) i += 1;
    const next = sorted[i] as Candidate;
    next.pending = -1;
    ranked.push(toRanked(next, ranked.length + 1));
    for (const d of next.plan.dependants) {
      const dependant = slots[d];
      if (dependant !== undefined) dependant.pending -= 1;
    }
  }
  return ranked;
}
