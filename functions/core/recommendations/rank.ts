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
  const prerequisites = candidate.waitsOn.flatMap((id) => byId.get(id) ?? []);
  return prerequisites.map((p) => horizonOf(p, byId)).reduce(later, candidate.ownHorizon);
}

/** The actions that wait on `id`, directly or through other actions, each once. */
function dependantsOf(id: string, actions: readonly Candidate[], found = new Set<string>()): Set<string> {
  for (const action of actions) {
    if (!action.waitsOn.includes(id) || found.has(action.id)) continue;
    found.add(action.id);
    dependantsOf(action.id, actions, found);
  }
  return found;
}

/** Severity × gap ÷ effort, with a bonus for every action that waits on it (METHODOLOGY §9, priority). */
function actionPriority(candidate: Candidate, actions: readonly Candidate[]): number {
  const effort = candidate.recommendation?.effort ?? 1;
  const bonus = 1 + DEPENDENT_BONUS * dependantsOf(candidate.id, actions).size;
  return roundTo((candidate.severityGap / effort) * bonus, 3);
}

function prioritised(candidates: readonly Candidate[]): Placed[] {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const actions = candidates.filter((c) => c.kind === "action");
  const placed = candidates.map((candidate) => ({
    candidate,
    horizon: horizonOf(candidate, byId),
    priority: candidate.kind === "action" ? actionPriority(candidate, actions) : 0,
  }));
  // A find-out item unblocks what waits on it, so it ranks with the most urgent of those.
  for (const item of placed.filter((p) => p.candidate.kind === "find-out-first")) {
    const waiting = placed.filter((p) => p.candidate.waitsOn.includes(item.candidate.id));
    item.priority = Math.max(...waiting.map((p) => p.priority));
  }
  return placed;
}

const byPhasePriorityId = (a: Placed, b: Placed) =>
  horizons.indexOf(a.horizon) - horizons.indexOf(b.horizon) ||
  b.priority - a.priority ||
  a.candidate.id.localeCompare(b.candidate.id);

/**
 * Kahn's algorithm: repeatedly take, among what waits on nothing unplaced, the earliest phase, then the highest
 * priority, then the smallest id (`waiting` comes sorted so). Nothing therefore comes before what it waits on.
 */
function inOrder(waiting: readonly Placed[], done = new Set<string>()): Placed[] {
  const next = waiting.find((p) => p.candidate.waitsOn.every((id) => done.has(id)));
  if (next === undefined) return [];
  done.add(next.candidate.id);
  const rest = waiting.filter((p) => p !== next);
  return [next, ...inOrder(rest, done)];
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
  if (!rules.findOutFirst) return ranked;
  return rules.startHere ? { ...ranked, kind: candidate.kind, startHere } : { ...ranked, kind: candidate.kind };
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
