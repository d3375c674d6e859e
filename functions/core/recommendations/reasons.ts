import { type AnswerState, levelOf } from "../answer-state.ts";
import type { Profile } from "../assessment.ts";
import type { InstrumentLookup } from "../instrument/lookup.ts";
import type { Instrument, Level, Trigger } from "../instrument/schema.ts";
import { GATE_SEVERITY_FACTOR, PROFILE_SEVERITY, RED_FLAG_SEVERITY } from "./constants.ts";
import type { Reason } from "./types.ts";
import { indicatorText, profileText, redFlagText } from "./why.ts";

/** What one report gives the roadmap: each indicator's state and target, the flags raised and the profile. */
export interface RoadmapFacts {
  instrument: Instrument;
  lookup: InstrumentLookup;
  states: ReadonlyMap<string, AnswerState>;
  targets: Readonly<Record<string, Level>>;
  raisedFlags: readonly { ruleId: string; severity: "HIGH" | "MEDIUM" }[];
  profile: Profile;
}

/** A trigger that fired: its reason, its English sentence and its severity × gap. */
export interface FiredTrigger {
  reason: Reason;
  text: string;
  severityGap: number;
}

function indicatorTrigger(trigger: { indicator: string; atMost?: Level }, facts: RoadmapFacts) {
  const indicator = facts.lookup.indicators.get(trigger.indicator);
  const level = levelOf(facts.states.get(trigger.indicator));
  if (indicator === undefined || level === undefined || level > (trigger.atMost ?? 3)) return undefined;
  const target = facts.targets[indicator.id];
  if (target === undefined || level >= target) return undefined;
  const factor = facts.lookup.gateIndicatorIds.has(indicator.id) ? GATE_SEVERITY_FACTOR : 1;
  return {
    reason: { kind: "indicator", indicatorId: indicator.id, level, target },
    text: indicatorText(indicator.title.en, level, target),
    severityGap: indicator.weight * factor * (target - level),
  } satisfies FiredTrigger;
}

function redFlagTrigger(ruleId: string, facts: RoadmapFacts): FiredTrigger | undefined {
  const flag = facts.raisedFlags.find((f) => f.ruleId === ruleId);
  const rule = facts.lookup.riskRules.get(ruleId);
  if (flag === undefined || rule === undefined) return undefined;
  const { severity } = flag;
  return {
    reason: { kind: "redFlag", ruleId, severity },
    text: redFlagText(severity, rule.message.en),
    severityGap: RED_FLAG_SEVERITY[severity],
  };
}

function profileTrigger(questionId: string, optionId: string, facts: RoadmapFacts): FiredTrigger | undefined {
  if (!(facts.profile[questionId] ?? []).includes(optionId)) return undefined;
  const question = facts.instrument.profile.find((q) => q.id === questionId);
  const label = question?.options.find((o) => o.id === optionId)?.label.en ?? optionId;
  return {
    reason: { kind: "profile", questionId, optionId },
    text: profileText(label),
    severityGap: PROFILE_SEVERITY,
  };
}

/**
 * The reason a trigger gives in this report, or undefined when it does not fire (METHODOLOGY §9, triggers). An
 * indicator trigger fires only on an answered level below target: `na`, `unknown` and unanswered never fire one.
 */
export function fire(trigger: Trigger, facts: RoadmapFacts): FiredTrigger | undefined {
  if ("indicator" in trigger) return indicatorTrigger(trigger, facts);
  if ("redFlag" in trigger) return redFlagTrigger(trigger.redFlag, facts);
  return profileTrigger(trigger.profile, trigger.includes, facts);
}
