import { roundTo } from "../rounding.ts";
import { type Horizon, horizons } from "../vocabulary.ts";
import { type Candidate, linkPrerequisites, triggeredRecommendations, whyOfCandidate } from "./candidates.ts";
import { planWithinCapacity } from "./capacity-plan.ts";
import { DEPENDENT_BONUS, START_HERE_PER_HORIZON } from "./constants.ts";
import type { RoadmapFacts } from "./reasons.ts";
import type { Capacity, CapacityPlanHorizon, RankedRecommendation } from "./types.ts";

/** Which method 1.1 rules the roadmap applies (method 1.0 applies none). */
export interface RoadmapRules {
  findOutFirst: boolean;
  startHere: boolean;
  capacity?: Capacity;
}

interface Placed {
  candidate: Candidate;
  horizon: Horizon;
  priority: number;
}

const later = (a: Horizon, b: Horizon): Horizon => (horizons.indexOf(b) > horizons.indexOf(a) ? b : a);

/** The effective phase: the latest of its own and those of everything it waits on (METHODOLOGY §9, phase). */
function horizonOf(candidate: Candidate, byId: ReadonlyMap<string, Candidate>): Horizon {
  let horizon = candidate.ownHorizon;
  for (const id of candidate.waitsOn) {
    const prerequisite = byId.get(id);
    if (prerequisite !== undefined) horizon = later(horizon, horizonOf(prerequisite, byId));
  }
  return horizon;
}

/** For each item, the actions that wait on it directly. */
function waitersOf(actions: readonly Candidate[]): Map<string, Candidate[]> {
  const waiters = new Map<string, Candidate[]>();
  for (const action of actions) {
    for (const id of action.waitsOn) {
      const known = waiters.get(id);
      if (known === undefined) waiters.set(id, [action]);
      else known.push(action);
    }
  }
  return waiters;
}

/** The actions that wait on `id`, directly or through other actions, each once. */
function dependantsOf(id: string, waiters: ReadonlyMap<string, Candidate[]>, found = new Set<string>()): Set<string> {
  for (const action of waiters.get(id) ?? []) {
    if (found.has(action.id)) continue;
    found.add(action.id);
    dependantsOf(action.id, waiters, found);
  }
  return found;
}

/** Severity × gap ÷ effort, with a bonus for every action that waits on it (METHODOLOGY §9, priority). */
function actionPriority(candidate: Candidate, waiters: ReadonlyMap<string, Candidate[]>): number {
  const effort = candidate.recommendation?.effort ?? 1;
  const bonus = 1 + DEPENDENT_BONUS * dependantsOf(candidate.id, waiters).size;
  return roundTo((candidate.severityGap / effort) * bonus, 3);
}

function prioritised(candidates: readonly Candidate[]): Placed[] {
  const byId = new Map<string, Candidate>();
  for (const candidate of candidates) byId.set(candidate.id, candidate);
  const waiters = waitersOf(candidates.filter((c) => c.kind === "action"));
  const actionPriorities = new Map<string, number>();
  for (const c of candidates) if (c.kind === "action") actionPriorities.set(c.id, actionPriority(c, waiters));
  const priorityOf = (candidate: Candidate) => {
    if (candidate.kind === "action") return actionPriorities.get(candidate.id) ?? 0;
    // A find-out item unblocks what waits on it, so it ranks with the most urgent of those.
    const waiting = waiters.get(candidate.id) ?? [];
    return Math.max(...waiting.map((action) => actionPriorities.get(action.id) ?? 0));
  };
  return candidates.map((candidate) => ({
    candidate,
    horizon: horizonOf(candidate, byId),
    priority: priorityOf(candidate),
  }));
}

const byPhasePriorityId = (a: Placed, b: Placed) =>
  horizons.indexOf(a.horizon) - horizons.indexOf(b.horizon) ||
  b.priority - a.priority ||
  a.candidate.id.localeCompare(b.candidate.id);

/**
 * Kahn's algorithm: repeatedly take, among what waits on nothing unplaced, the earliest phase, then the highest
 * priority, then the smallest id (`waiting` comes sorted so). Nothing therefore comes before what it waits on.
 */
function inOrder(waiting: readonly Placed[]): Placed[] {
  const left = [...waiting];
  const ordered: Placed[] = [];
  const done = new Set<string>();
  for (;;) {
    const next = left.find((p) => p.candidate.waitsOn.every((id) => done.has(id)));
    if (next === undefined) return ordered;
    left.splice(left.indexOf(next), 1);
    done.add(next.candidate.id);
    ordered.push(next);
  }
}

function toRanked(placed: Placed, rank: number, rules: RoadmapRules, startHere: boolean): RankedRecommendation {
  const { candidate, horizon, priority } = placed;
  const recommendation = candidate.recommendation;
  const ranked: RankedRecommendation = {
    id: candidate.id,
    rank,
    reformArea: candidate.reformArea,
    effort: recommendation?.effort ?? 1,
    horizon,
    priority,
    prerequisites: recommendation?.prerequisites ?? [],
    closesGap: candidate.reasons.some((r) => r.kind === "indicator"),
    reasons: candidate.reasons,
    why: whyOfCandidate(candidate),
  };
  if (rules.findOutFirst) ranked.kind = candidate.kind;
  if (rules.startHere) ranked.startHere = startHere;
  return ranked;
}

/** Whether each item, in roadmap order, is among the first START_HERE_PER_HORIZON of its horizon ("start here"). */
function startHereFlags(ordered: readonly Placed[]): boolean[] {
  const started = new Map<Horizon, number>();
  return ordered.map(({ horizon }) => {
    const count = started.get(horizon) ?? 0;
    started.set(horizon, count + 1);
    return count < START_HERE_PER_HORIZON;
  });
}

/**
 * The roadmap (METHODOLOGY §9): triggered recommendations ranked by severity × gap ÷ effort with a bonus for what
 * waits on them, phased so nothing comes before what it waits on, and under method 1.1 with "find out first" items,
 * a "start here" cut and, given a capacity, the plan that closes the most gap within it.
 */
export function rankRecommendations(
  facts: RoadmapFacts,
  rules: RoadmapRules,
): { recommendations: RankedRecommendation[]; capacityPlan?: CapacityPlanHorizon[] } {
  const candidates = linkPrerequisites(triggeredRecommendations(facts), facts, rules.findOutFirst);
  const ordered = inOrder(prioritised(candidates).sort(byPhasePriorityId));
  const startHere = startHereFlags(ordered);
  const recommendations = ordered.map((p, i) => toRanked(p, i + 1, rules, startHere[i] === true));
  if (rules.capacity === undefined) return { recommendations };
  const capacityPlan = planWithinCapacity(
    ordered.map((p) => ({ ...p.candidate, horizon: p.horizon })),
    rules.capacity,
  );
  const chosen = new Set(capacityPlan.flatMap((h) => h.chosen));
  for (const item of recommendations) item.withinCapacity = chosen.has(item.id);
  return { recommendations, capacityPlan };
}
