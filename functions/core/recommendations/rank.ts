import { compareIds } from "../ids.ts";
import { roundTo } from "../rounding.ts";
import { type Horizon, horizons } from "../vocabulary.ts";
import { type Candidate, linkPrerequisites, triggeredRecommendations, whyOfCandidate } from "./candidates.ts";
import { type PlanItem, planWithinCapacity } from "./capacity-plan.ts";
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
  /** The horizon's position in `horizons`: 0 for the first six months. */
  phase: number;
  priority: number;
}

/** The effective phase: the latest of its own and those of everything it waits on (METHODOLOGY §9, phase). */
function phaseOf(candidate: Candidate): number {
  let phase = horizons.indexOf(candidate.ownHorizon);
  for (const prerequisite of candidate.waitsOn) phase = Math.max(phase, phaseOf(prerequisite));
  return phase;
}

/** The actions that wait on `candidate`, directly or through other actions, each once. */
function dependantsOf(candidate: Candidate, found = new Set<Candidate>()): Set<Candidate> {
  for (const waiter of candidate.waiters) {
    if (found.has(waiter)) continue;
    found.add(waiter);
    dependantsOf(waiter, found);
  }
  return found;
}

/** Severity × gap ÷ effort, with a bonus for every action that waits on it (METHODOLOGY §9, priority). */
function actionPriority(action: Candidate): number {
  const effort = action.recommendation?.effort ?? 1;
  const dependants = action.waiters.length === 0 ? 0 : dependantsOf(action).size;
  return roundTo((action.severityGap / effort) * (1 + DEPENDENT_BONUS * dependants), 3);
}

/** An action's own priority; a find-out item unblocks what waits on it, so it ranks with the most urgent of those. */
function priorityOf(candidate: Candidate): number {
  if (candidate.kind === "action") return actionPriority(candidate);
  let priority = Number.NEGATIVE_INFINITY;
  for (const waiter of candidate.waiters) priority = Math.max(priority, actionPriority(waiter));
  return priority;
}

function placed(candidate: Candidate): Placed {
  const phase = phaseOf(candidate);
  return { candidate, horizon: horizons[phase] ?? candidate.ownHorizon, phase, priority: priorityOf(candidate) };
}

const byPhasePriorityId = (a: Placed, b: Placed) =>
  a.phase - b.phase || b.priority - a.priority || compareIds(a.candidate.id, b.candidate.id);

/**
 * Kahn's algorithm: repeatedly take, among what waits on nothing unplaced, the earliest phase, then the highest
 * priority, then the smallest id (`waiting` comes sorted so). Nothing therefore comes before what it waits on.
 */
function inOrder(waiting: readonly Placed[]): Placed[] {
  const left = [...waiting];
  const ordered: Placed[] = [];
  const done = new Set<Candidate>();
  for (;;) {
    const next = left.find((p) => p.candidate.waitsOn.every((c) => done.has(c)));
    if (next === undefined) return ordered;
    left.splice(left.indexOf(next), 1);
    done.add(next.candidate);
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
  const startedPerPhase = horizons.map(() => 0);
  return ordered.map(({ phase }) => {
    const count = startedPerPhase[phase] ?? 0;
    startedPerPhase[phase] = count + 1;
    return count < START_HERE_PER_HORIZON;
  });
}

/** A placed item as the capacity plan sees it. */
function planItemOf({ candidate, horizon }: Placed): PlanItem {
  const { id, staffMonths, severityGap } = candidate;
  return { id, staffMonths, severityGap, horizon, waitsOn: candidate.waitsOn.map((c) => c.id) };
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
  const ordered = inOrder(candidates.map(placed).sort(byPhasePriorityId));
  const startHere = startHereFlags(ordered);
  const recommendations = ordered.map((p, i) => toRanked(p, i + 1, rules, startHere[i] === true));
  if (rules.capacity === undefined) return { recommendations };
  const capacityPlan = planWithinCapacity(ordered.map(planItemOf), rules.capacity);
  const chosen = new Set(capacityPlan.flatMap((h) => h.chosen));
  for (const item of recommendations) item.withinCapacity = chosen.has(item.id);
  return { recommendations, capacityPlan };
}
