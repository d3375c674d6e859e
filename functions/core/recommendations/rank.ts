import { type Horizon, horizons, type Recommendation } from "../instrument/schema.ts";
import { collationRanks } from "../scoring/collation.ts";
import { DEPENDENT_BONUS, roundTo } from "../scoring/method.ts";
import type { RankedRecommendation, Reason } from "../scoring/types.ts";
import { planTriggers, reasonsFor, reasonWeight, type ScoringContext, type TriggerPlan } from "./reasons.ts";
import { explainReasons } from "./why.ts";

/** What ranking needs of one recommendation, derived once per instrument. */
export interface RecommendationPlan {
  triggers: readonly TriggerPlan[];
  horizonIndex: number;
  /** Position of the id in `localeCompare` order, the last tie-break. */
  idRank: number;
  /** Indexes of its prerequisites in the instrument's list, each once. Ids are unique (instrument integrity). */
  prerequisites: readonly number[];
}

/** Plans the recommendations of an instrument, in instrument order. */
export function planRecommendations(
  recommendations: readonly Recommendation[],
  positionOf: ReadonlyMap<string, number>,
): RecommendationPlan[] {
  const ranks = collationRanks(recommendations.map((r) => r.id));
  const indexOf = new Map(recommendations.map((r, i) => [r.id, i]));
  return recommendations.map((r) => ({
    triggers: planTriggers(r, positionOf),
    horizonIndex: horizons.indexOf(r.horizon),
    idRank: ranks.get(r.id) as number,
    prerequisites: [...new Set(r.prerequisites)].flatMap((id) => indexOf.get(id) ?? []),
  }));
}

interface Candidate {
  recommendation: Recommendation;
  reasons: Reason[];
  /** Triggered prerequisites: one that did not trigger is already in place and constrains nothing. */
  prerequisites: Candidate[];
  /** Triggered candidates that list this one as a prerequisite. */
  dependants: Candidate[];
  /** Own phase, then the effective phase once `phaseSettled`. */
  horizonIndex: number;
  phaseSettled: boolean;
  priority: number;
  idRank: number;
  /** Scratch for ordering (pending prerequisites, placed) and for counting dependants (last walk that reached it). */
  pending: number;
  seen: number;
  placed: boolean;
}

function candidate(recommendation: Recommendation, plan: RecommendationPlan, reasons: Reason[]): Candidate {
  return {
    recommendation,
    reasons,
    prerequisites: [],
    dependants: [],
    horizonIndex: plan.horizonIndex,
    phaseSettled: false,
    priority: 0,
    idRank: plan.idRank,
    pending: 0,
    seen: 0,
    placed: false,
  };
}

function triggeredCandidates(ctx: ScoringContext): Candidate[] {
  const { instrument, recommendationPlans: plans } = ctx.compiled;
  // Slots by instrument position: prerequisites are planned as positions, so no lookup by id is needed.
  const slots: (Candidate | undefined)[] = [];
  const candidates: Candidate[] = [];
  for (let r = 0; r < plans.length; r++) {
    const plan = plans[r] as RecommendationPlan;
    const reasons = reasonsFor(plan.triggers, ctx);
    if (reasons === undefined) continue;
    const c = candidate(instrument.recommendations[r] as Recommendation, plan, reasons);
    slots[r] = c;
    candidates.push(c);
  }
  for (let r = 0; r < plans.length; r++) {
    const c = slots[r];
    if (c === undefined) continue;
    for (const p of (plans[r] as RecommendationPlan).prerequisites) {
      const prerequisite = slots[p];
      if (prerequisite === undefined) continue;
      c.prerequisites.push(prerequisite);
      prerequisite.dependants.push(c);
    }
  }
  return candidates;
}

/** Counts the candidates that wait on `from` directly or through others, marking each with `stamp` once. */
function countDependants(from: Candidate, stamp: number): number {
  let count = 0;
  for (const dependant of from.dependants) {
    if (dependant.seen === stamp) continue;
    dependant.seen = stamp;
    count += 1 + countDependants(dependant, stamp);
  }
  return count;
}

function assignPriorities(candidates: readonly Candidate[], ctx: ScoringContext): void {
  candidates.forEach((candidate, i) => {
    let severityGap = Number.NEGATIVE_INFINITY;
    for (const reason of candidate.reasons) severityGap = Math.max(severityGap, reasonWeight(reason, ctx.compiled));
    const bonus = 1 + DEPENDENT_BONUS * countDependants(candidate, i + 1);
    candidate.priority = roundTo((severityGap / candidate.recommendation.effort) * bonus, 3);
  });
}

/** Prerequisites are acyclic (checked by the instrument integrity rules), so a phase is final once computed. */
function settlePhase(candidate: Candidate): number {
  if (!candidate.phaseSettled) {
    for (const p of candidate.prerequisites) candidate.horizonIndex = Math.max(candidate.horizonIndex, settlePhase(p));
    candidate.phaseSettled = true;
  }
  return candidate.horizonIndex;
}

function byPhaseThenPriority(a: Candidate, b: Candidate): number {
  return a.horizonIndex - b.horizonIndex || b.priority - a.priority || a.idRank - b.idRank;
}

/**
 * Kahn's algorithm, always taking the earliest phase, then the highest priority, then the id, among what is ready.
 * That order is fixed, so the candidates are sorted by it once; each step then takes the first candidate in that
 * order whose prerequisites are all placed.
 */
function orderCandidates(candidates: readonly Candidate[]): Candidate[] {
  const sorted = candidates.slice().sort(byPhaseThenPriority);
  for (const candidate of sorted) {
    candidate.pending = candidate.prerequisites.length;
    candidate.placed = false;
  }
  const ordered: Candidate[] = [];
  let firstUnplaced = 0;
  while (ordered.length < sorted.length) {
    while ((sorted[firstUnplaced] as Candidate).placed) firstUnplaced += 1;
    let i = firstUnplaced;
    // The prerequisite graph is acyclic, so some unplaced candidate is always ready.
    while ((sorted[i] as Candidate).placed || (sorted[i] as Candidate).pending > 0) i += 1;
    const next = sorted[i] as Candidate;
    next.placed = true;
    ordered.push(next);
    for (const dependant of next.dependants) dependant.pending -= 1;
  }
  return ordered;
}

function toRanked(candidate: Candidate, rank: number, ctx: ScoringContext): RankedRecommendation {
  const r = candidate.recommendation;
  return {
    id: r.id,
    rank,
    title: r.title,
    action: r.action,
    owner: r.owner,
    rationale: r.rationale,
    reformArea: r.reformArea,
    effort: r.effort,
    horizon: horizons[candidate.horizonIndex] as Horizon,
    priority: candidate.priority,
    prerequisites: r.prerequisites,
    closesGap: candidate.reasons.some((reason) => reason.kind === "indicator"),
    reasons: candidate.reasons,
    why: explainReasons(candidate.reasons, ctx.compiled),
  };
}

/**
 * Triggered recommendations, ranked by severity × gap ÷ effort with a bonus for actions others wait on, phased by
 * horizon (never earlier than a prerequisite's phase) and ordered so no prerequisite comes after its dependant.
 */
export function rankRecommendations(ctx: ScoringContext): RankedRecommendation[] {
  const candidates = triggeredCandidates(ctx);
  assignPriorities(candidates, ctx);
  for (const candidate of candidates) settlePhase(candidate);
  return orderCandidates(candidates).map((candidate, i) => toRanked(candidate, i + 1, ctx));
}
