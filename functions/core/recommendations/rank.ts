import { type Horizon, horizons, type Recommendation } from "../instrument/schema.ts";
import { DEPENDENT_BONUS, roundTo } from "../scoring/method.ts";
import type { RankedRecommendation, Reason } from "../scoring/types.ts";
import { reasonsFor, reasonWeight, type ScoringContext } from "./reasons.ts";
import { explainReasons } from "./why.ts";

interface Candidate {
  recommendation: Recommendation;
  reasons: Reason[];
  prerequisites: string[];
  horizonIndex: number;
  priority: number;
}

function triggeredCandidates(ctx: ScoringContext): Map<string, Candidate> {
  const candidates = new Map<string, Candidate>();
  for (const recommendation of ctx.compiled.instrument.recommendations) {
    const reasons = reasonsFor(recommendation, ctx);
    if (reasons.length === 0) continue;
    const horizonIndex = horizons.indexOf(recommendation.horizon);
    candidates.set(recommendation.id, { recommendation, reasons, prerequisites: [], horizonIndex, priority: 0 });
  }
  // A prerequisite that did not trigger is already in place, so it constrains nothing.
  for (const candidate of candidates.values()) {
    candidate.prerequisites = candidate.recommendation.prerequisites.filter((id) => candidates.has(id));
  }
  return candidates;
}

/** Counts, for each candidate, the triggered candidates that wait on it directly or through others. */
function countDependents(candidates: Map<string, Candidate>): Map<string, number> {
  const dependents = new Map<string, Set<string>>();
  const visit = (id: string, dependent: string) => {
    const set = dependents.get(id) ?? new Set<string>();
    dependents.set(id, set);
    if (set.has(dependent)) return;
    set.add(dependent);
    for (const p of candidates.get(id)?.prerequisites ?? []) visit(p, dependent);
  };
  for (const [id, candidate] of candidates) for (const p of candidate.prerequisites) visit(p, id);
  return new Map([...dependents].map(([id, set]) => [id, set.size]));
}

function assignPriorities(candidates: Map<string, Candidate>, ctx: ScoringContext): void {
  const dependents = countDependents(candidates);
  for (const [id, candidate] of candidates) {
    const severityGap = Math.max(...candidate.reasons.map((r) => reasonWeight(r, ctx.compiled)));
    const bonus = 1 + DEPENDENT_BONUS * (dependents.get(id) ?? 0);
    candidate.priority = roundTo((severityGap / candidate.recommendation.effort) * bonus, 3);
  }
}

/** Prerequisites are acyclic (checked by the instrument integrity rules), so a phase is final once computed. */
function effectiveHorizon(id: string, candidates: Map<string, Candidate>, memo: Map<string, number>): number {
  const known = memo.get(id);
  if (known !== undefined) return known;
  const candidate = candidates.get(id) as Candidate;
  let phase = candidate.horizonIndex;
  for (const p of candidate.prerequisites) phase = Math.max(phase, effectiveHorizon(p, candidates, memo));
  memo.set(id, phase);
  return phase;
}


function byPhaseThenPriority(a: Candidate, b: Candidate): number {
  return (
    a.horizonIndex - b.horizonIndex ||
    b.priority - a.priority ||
    a.recommendation.id.localeCompare(b.recommendation.id)
  );
}

/** Kahn's algorithm, always taking the earliest phase, then the highest priority, among what is ready. */
function orderCandidates(candidates: Map<string, Candidate>): Candidate[] {
  const waiting = new Map([...candidates].map(([id, c]) => [id, new Set(c.prerequisites)]));
  const ordered: Candidate[] = [];
  while (waiting.size > 0) {
    const ready = [...waiting].filter(([, pending]) => pending.size === 0).map(([id]) => candidates.get(id)!);
    ready.sort(byPhaseThenPriority);
    const next = ready[0] as Candidate;
    ordered.push(next);
    waiting.delete(next.recommendation.id);
    for (const pending of waiting.values()) pending.delete(next.recommendation.id);
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
  const memo = new Map<string, number>();
  for (const [id, candidate] of candidates) candidate.horizonIndex = effectiveHorizon(id, candidates, memo);
  return orderCandidates(candidates).map((candidate, i) => toRanked(candidate, i + 1, ctx));
}
