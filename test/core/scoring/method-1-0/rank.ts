import type { Recommendation, Trigger } from "../../../../functions/core/instrument/schema.ts";
import { horizons } from "../../../../functions/core/vocabulary.ts";
import { collationRanks } from "./collation.ts";
import { DEPENDENT_BONUS, roundTo } from "./method.ts";
import { type Candidate, placeInOrder, sortCandidates } from "./order.ts";
import { entryFor, type ScoringContext, type TriggerPlan } from "./reasons.ts";
import type { RankedRecommendation, Reason } from "./types.ts";
import type { ReasonEntry } from "./why.ts";

/** What ranking needs of one recommendation, derived once per instrument. */
export interface RecommendationPlan {
  recommendation: Recommendation;
  triggers: readonly TriggerPlan[];
  horizonIndex: number;
  /** Position of the id in `localeCompare` order, the last tie-break. */
  idRank: number;
  /** Indexes of its prerequisites in the instrument's list, each once. Ids are unique (instrument integrity). */
  prerequisites: readonly number[];
  /** Indexes of the recommendations that list it as a prerequisite. */
  dependants: readonly number[];
}

/** Plans the recommendations of an instrument, in instrument order. */
export function planRecommendations(
  recommendations: readonly Recommendation[],
  planTrigger: (trigger: Trigger) => TriggerPlan,
): RecommendationPlan[] {
  const ranks = collationRanks(recommendations.map((r) => r.id));
  const indexOf = new Map(recommendations.map((r, i) => [r.id, i]));
  const plans = recommendations.map((recommendation) => ({
    recommendation,
    triggers: recommendation.triggers.map(planTrigger),
    horizonIndex: horizons.indexOf(recommendation.horizon),
    idRank: ranks.get(recommendation.id) as number,
    prerequisites: [...new Set(recommendation.prerequisites)].flatMap((id) => indexOf.get(id) ?? []),
    dependants: [] as number[],
  }));
  plans.forEach((plan, r) => {
    for (const p of plan.prerequisites) plans[p]?.dependants.push(r);
  });
  return plans;
}

function newCandidate(plan: RecommendationPlan, entry: ReasonEntry): Candidate {
  const reasons: Reason[] = [entry.reason];
  const { lead: why, weight: severityGap, closesGap } = entry;
  // The priority starts as a double (NaN), so storing a fractional one never changes the object's hidden class,
  // which makes V8 migrate candidates made afterwards one by one.
  return { plan, reasons, why, severityGap, closesGap, phase: -1, pending: 0, priority: Number.NaN, seen: 0 };
}

/**
 * The candidate a recommendation makes in this report, with its reasons in trigger order; undefined when no trigger
 * fires (most do not, so nothing is made for them).
 */
function candidateFor(plan: RecommendationPlan, ctx: ScoringContext): Candidate | undefined {
  let candidate: Candidate | undefined;
  for (let t = 0; t < plan.triggers.length; t++) {
    const entry = entryFor(plan.triggers[t] as TriggerPlan, ctx);
    if (entry === undefined) continue;
    if (candidate === undefined) {
      candidate = newCandidate(plan, entry);
      continue;
    }
    candidate.reasons.push(entry.reason);
    candidate.why += `; ${entry.text}`;
    candidate.severityGap = Math.max(candidate.severityGap, entry.weight);
    if (entry.closesGap) candidate.closesGap = true;
  }
  return candidate;
}

/**
 * The effective phase of a candidate: the latest of its own and its triggered prerequisites'. Also counts those
 * prerequisites for ordering. A prerequisite that did not trigger is already in place and constrains nothing.
 * Prerequisites are acyclic (instrument integrity rules); a cycle would overflow the stack here.
 */
function settlePhase(candidate: Candidate, slots: readonly (Candidate | undefined)[]): number {
  if (candidate.phase >= 0) return candidate.phase;
  let phase = candidate.plan.horizonIndex;
  let pending = 0;
  for (const p of candidate.plan.prerequisites) {
    const prerequisite = slots[p];
    if (prerequisite === undefined) continue;
    pending += 1;
    phase = Math.max(phase, settlePhase(prerequisite, slots));
  }
  candidate.phase = phase;
  candidate.pending = pending;
  return phase;
}

/** Counts the candidates that wait on `from` directly or through others, each once (marked with `stamp`). */
function countDependants(from: Candidate, slots: readonly (Candidate | undefined)[], stamp: number): number {
  let count = 0;
  for (const d of from.plan.dependants) {
    const dependant = slots[d];
    if (dependant === undefined || dependant.seen === stamp) continue;
    dependant.seen = stamp;
    count += 1 + countDependants(dependant, slots, stamp);
  }
  return count;
}

/**
 * Triggered recommendations, ranked by severity × gap ÷ effort with a bonus for actions others wait on, phased by
 * horizon (never earlier than a prerequisite's phase) and ordered so no prerequisite comes after its dependant.
 */
export function rankRecommendations(ctx: ScoringContext): RankedRecommendation[] {
  const plans = ctx.compiled.recommendationPlans;
  // By instrument index, so prerequisites and dependants (planned as indexes) need no lookup by id.
  const slots: (Candidate | undefined)[] = new Array(plans.length);
  const candidates: Candidate[] = [];
  for (let r = 0; r < plans.length; r++) {
    const candidate = candidateFor(plans[r] as RecommendationPlan, ctx);
    slots[r] = candidate;
    if (candidate !== undefined) candidates.push(candidate);
  }
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i] as Candidate;
    settlePhase(candidate, slots);
    const bonus = 1 + DEPENDENT_BONUS * countDependants(candidate, slots, i + 1);
    candidate.priority = roundTo((candidate.severityGap / candidate.plan.recommendation.effort) * bonus, 3);
  }
  return placeInOrder(sortCandidates(candidates), slots);
}
