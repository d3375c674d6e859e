import type { Indicator, RiskRule, Trigger } from "../../../../functions/core/instrument/schema.ts";
import { type Targets, UNANSWERED } from "./answer-vector.ts";
import type { CompiledInstrument } from "./compiled-instrument.ts";
import { GATE_SEVERITY_FACTOR, PROFILE_SEVERITY, RED_FLAG_SEVERITY } from "./method.ts";
import type { ProfilePairs } from "./profile-choices.ts";
import type { Reason } from "./types.ts";
import { indicatorText, profileText, type ReasonEntry, reasonEntry, redFlagText } from "./why.ts";

/** What one report gives the recommendation step: answer codes, profile choices, targets and the rules raised. */
export interface ScoringContext {
  compiled: CompiledInstrument;
  codes: readonly number[];
  chosen: readonly boolean[];
  targets: Targets;
  /** By risk rule, in instrument order: whether it raised its flag. */
  raised: readonly boolean[];
}

export const INDICATOR = 0;
export const PROFILE = 1;
export const RED_FLAG = 2;

/**
 * A trigger in one flat shape, built once per instrument: reading `kind` is cheaper than probing which keys a
 * trigger has, and it runs for every trigger of every report. `atMost` is 3 when the trigger sets no limit.
 */
export interface TriggerPlan {
  kind: number;
  /** Position of the indicator in the answer codes; -1 for other kinds or an indicator the instrument lacks. */
  position: number;
  atMost: number;
  /** The profile pair; -1 for other kinds. */
  pair: number;
  /**
   * Indicator: the entry by 4 × level + target, none where the level reaches the target. Profile: the one entry.
   * Red flag: the entry of each rule in `rules`.
   */
  entries: readonly (ReasonEntry | undefined)[];
  /**
   * The risk rules (by index) whose flag a red-flag trigger reads, the winner first. Rule ids are unique (instrument
   * integrity); were they not, the flag read would be the last raised with the id, MEDIUM flags coming last.
   */
  rules: readonly number[];
}

/** What ranking reads of each indicator, rule and profile pair a trigger can name. */
export interface TriggerSources {
  positionOf: ReadonlyMap<string, number>;
  indicators: readonly Indicator[];
  gateIndicatorIds: ReadonlySet<string>;
  riskRules: readonly RiskRule[];
  pairs: ProfilePairs;
}

function indicatorEntries(indicator: Indicator, sources: TriggerSources): (ReasonEntry | undefined)[] {
  const factor = sources.gateIndicatorIds.has(indicator.id) ? GATE_SEVERITY_FACTOR : 1;
  const entries: (ReasonEntry | undefined)[] = [];
  for (const level of [0, 1, 2, 3] as const) {
    for (const target of [0, 1, 2, 3] as const) {
      const reason: Reason = { kind: "indicator", indicatorId: indicator.id, level, target };
      const text = indicatorText(indicator.title.en, level, target);
      entries.push(
        level < target ? reasonEntry(reason, text, indicator.weight * factor * (target - level)) : undefined,
      );
    }
  }
  return entries;
}

function redFlagPlan(ruleId: string, rules: readonly RiskRule[]): TriggerPlan {
  const message = rules.find((r) => r.id === ruleId)?.message.en ?? ruleId;
  const indexes = rules.flatMap((rule, i) => (rule.id === ruleId ? [i] : [])).reverse();
  const winners = [
    ...indexes.filter((i) => rules[i]?.severity === "MEDIUM"),
    ...indexes.filter((i) => rules[i]?.severity === "HIGH"),
  ];
  const entries = winners.map((i) => {
    const severity = (rules[i] as RiskRule).severity;
    return reasonEntry(
      { kind: "redFlag", ruleId, severity },
      redFlagText(severity, message),
      RED_FLAG_SEVERITY[severity],
    );
  });
  return { kind: RED_FLAG, position: -1, atMost: 3, pair: -1, entries, rules: winners };
}

function profilePlan(questionId: string, optionId: string, pairs: ProfilePairs): TriggerPlan {
  const pair = pairs.pair(questionId, optionId);
  const text = profileText(pairs.options[pair]?.label.en ?? optionId);
  const entry = reasonEntry({ kind: "profile", questionId, optionId }, text, PROFILE_SEVERITY);
  return { kind: PROFILE, position: -1, atMost: 3, pair, entries: [entry], rules: [] };
}

/**
 * Plans triggers, sharing one table of entries per indicator and one plan per rule and profile pair, so every
 * reason an instrument can give exists once. An indicator the instrument lacks never fires.
 */
export function triggerPlanner(sources: TriggerSources): (trigger: Trigger) => TriggerPlan {
  const indicatorTables = new Map<number, (ReasonEntry | undefined)[]>();
  const shared = new Map<string, TriggerPlan>();
  return (trigger) => {
    if ("indicator" in trigger) {
      const position = sources.positionOf.get(trigger.indicator) ?? -1;
      let entries = indicatorTables.get(position);
      if (entries === undefined) {
        entries = position < 0 ? [] : indicatorEntries(sources.indicators[position] as Indicator, sources);
        indicatorTables.set(position, entries);
      }
      return { kind: INDICATOR, position, atMost: trigger.atMost ?? 3, pair: -1, entries, rules: [] };
    }
    const key = "redFlag" in trigger ? `r:${trigger.redFlag}` : `p:${trigger.profile}:${trigger.includes}`;
    let plan = shared.get(key);
    if (plan === undefined) {
      plan =
        "redFlag" in trigger
          ? redFlagPlan(trigger.redFlag, sources.riskRules)
          : profilePlan(trigger.profile, trigger.includes, sources.pairs);
      shared.set(key, plan);
    }
    return plan;
  };
}

/** The entry a trigger gives in this report, or undefined when it does not fire. */
export function entryFor(trigger: TriggerPlan, ctx: ScoringContext): ReasonEntry | undefined {
  if (trigger.kind === INDICATOR) {
    // unknown, unanswered and na have negative codes: they go to the find-out list instead.
    const code = ctx.codes[trigger.position] ?? UNANSWERED;
    if (code < 0 || code > trigger.atMost) return undefined;
    return trigger.entries[4 * code + (ctx.targets.byPosition[trigger.position] as number)];
  }
  if (trigger.kind === PROFILE) return ctx.chosen[trigger.pair] ? trigger.entries[0] : undefined;
  for (let i = 0; i < trigger.rules.length; i++) if (ctx.raised[trigger.rules[i] as number]) return trigger.entries[i];
  return undefined;
}
