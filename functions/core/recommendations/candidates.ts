import { isMissing } from "../answer-state.ts";
import type { Recommendation, ReformArea } from "../instrument/schema.ts";
import { type Horizon, horizons } from "../vocabulary.ts";
import { FIND_OUT_STAFF_MONTHS, STAFF_MONTHS_BY_EFFORT } from "./constants.ts";
import { type FiredTrigger, fire, type RoadmapFacts } from "./reasons.ts";
import type { Reason } from "./types.ts";
import { unknownPrerequisiteText, whyOf } from "./why.ts";

/** One item the roadmap may hold: a triggered recommendation, or a "find out first" item. */
export interface Candidate {
  id: string;
  kind: "action" | "find-out-first";
  recommendation?: Recommendation;
  reformArea: ReformArea;
  reasons: Reason[];
  sentences: string[];
  /** The largest severity × gap among the reasons (0 for a find-out item). */
  severityGap: number;
  /** The candidates that must come first: triggered prerequisites and find-out items. */
  waitsOn: Candidate[];
  /** The candidates that wait on this one directly. */
  waiters: Candidate[];
  /** The horizon it is written for. */
  ownHorizon: Horizon;
  staffMonths: number;
}

function actionCandidate(recommendation: Recommendation, fired: readonly FiredTrigger[]): Candidate {
  let severityGap = 0;
  for (const f of fired) severityGap = Math.max(severityGap, f.severityGap);
  return {
    id: recommendation.id,
    kind: "action",
    recommendation,
    reformArea: recommendation.reformArea,
    reasons: fired.map((f) => f.reason),
    sentences: fired.map((f) => f.text),
    severityGap,
    waitsOn: [],
    waiters: [],
    ownHorizon: recommendation.horizon,
    staffMonths: STAFF_MONTHS_BY_EFFORT[recommendation.effort],
  };
}

/** The triggered recommendations, in instrument order, each with the reasons its fired triggers give. */
export function triggeredRecommendations(facts: RoadmapFacts): Candidate[] {
  const triggered: Candidate[] = [];
  for (const recommendation of facts.instrument.recommendations) {
    // Most recommendations fire nothing in a given report: their list is made only once a trigger fires.
    let fired: FiredTrigger[] | undefined;
    for (const trigger of recommendation.triggers) {
      const reason = fire(trigger, facts);
      if (reason === undefined) continue;
      if (fired === undefined) fired = [reason];
      else fired.push(reason);
    }
    if (fired !== undefined) triggered.push(actionCandidate(recommendation, fired));
  }
  return triggered;
}

/**
 * The indicators an untriggered prerequisite would read if someone knew them: its indicator triggers whose
 * indicator is `unknown` or unanswered. Such a prerequisite may well be missing, so it is not taken to be in place.
 */
function unknownIndicatorsOf(prerequisite: Recommendation, facts: RoadmapFacts): string[] {
  const unknown: string[] = [];
  for (const trigger of prerequisite.triggers) {
    if (!("indicator" in trigger) || !facts.lookup.indicators.has(trigger.indicator)) continue;
    if (isMissing(facts.states.get(trigger.indicator))) unknown.push(trigger.indicator);
  }
  return unknown;
}

function findOutCandidate(indicatorId: string, prerequisiteId: string, facts: RoadmapFacts): Candidate {
  const indicator = facts.lookup.indicators.get(indicatorId);
  return {
    id: `find-out:${indicatorId}`,
    kind: "find-out-first",
    reformArea: indicator?.reformArea ?? "bureaucratic",
    reasons: [{ kind: "unknownPrerequisite", indicatorId, prerequisiteId }],
    sentences: [unknownPrerequisiteText(indicator?.title.en ?? indicatorId)],
    severityGap: 0,
    waitsOn: [],
    waiters: [],
    ownHorizon: horizons[0],
    staffMonths: FIND_OUT_STAFF_MONTHS,
  };
}

/**
 * Links each triggered recommendation to what must come first. A triggered prerequisite comes first. With
 * `findOutFirst` (method 1.1), an untriggered prerequisite whose indicator nobody knows adds one "find out first"
 * item per indicator, which comes first too; otherwise (method 1.0) an untriggered prerequisite is taken to be in place.
 */
export function linkPrerequisites(actions: Candidate[], facts: RoadmapFacts, findOutFirst: boolean): Candidate[] {
  const triggered = new Map<string, Candidate>();
  for (const action of actions) triggered.set(action.id, action);
  const findOuts = new Map<string, Candidate>();
  for (const candidate of actions) {
    for (const prerequisiteId of candidate.recommendation?.prerequisites ?? []) {
      const triggeredPrerequisite = triggered.get(prerequisiteId);
      if (triggeredPrerequisite !== undefined) {
        waitOn(candidate, triggeredPrerequisite);
        continue;
      }
      const prerequisite = facts.lookup.recommendations.get(prerequisiteId);
      if (!findOutFirst || prerequisite === undefined) continue;
      for (const indicatorId of unknownIndicatorsOf(prerequisite, facts)) {
        const item = findOuts.get(indicatorId) ?? findOutCandidate(indicatorId, prerequisiteId, facts);
        findOuts.set(indicatorId, item);
        waitOn(candidate, item);
      }
    }
  }
  return [...actions, ...findOuts.values()];
}

function waitOn(candidate: Candidate, first: Candidate): void {
  if (candidate.waitsOn.includes(first)) return;
  candidate.waitsOn.push(first);
  first.waiters.push(candidate);
}

/** The `why` of a candidate. */
export const whyOfCandidate = (candidate: Candidate): string => whyOf(candidate.sentences);
