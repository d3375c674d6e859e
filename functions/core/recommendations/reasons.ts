import type { Profile } from "../assessment.ts";
import type { Level, Recommendation, Trigger } from "../instrument/schema.ts";
import type { AnswerLevel, Targets } from "../scoring/answer-vector.ts";
import type { CompiledInstrument } from "../scoring/compiled-instrument.ts";
import { GATE_SEVERITY_FACTOR, PROFILE_SEVERITY, RED_FLAG_SEVERITY } from "../scoring/method.ts";
import type { Reason, RedFlag } from "../scoring/types.ts";

export interface ScoringContext {
  compiled: CompiledInstrument;
  levels: readonly AnswerLevel[];
  profile: Profile;
  targets: Targets;
  flags: ReadonlyMap<string, RedFlag>;
}

/**
 * A trigger in one flat shape, built once per instrument: reading `kind` is cheaper than probing which keys a
 * trigger has, and it runs for every trigger of every report. `atMost` is 3 when the trigger sets no limit.
 */
export interface TriggerPlan {
  kind: "indicator" | "redFlag" | "profile";
  /** Indicator id, risk rule id or profile question id. */
  id: string;
  /** Profile option id; empty for other kinds. */
  option: string;
  atMost: number;
  /** Position of the indicator in the answer vector; -1 for other kinds. */
  position: number;
}

/** Flattens a recommendation's triggers into plans; an indicator the instrument lacks never fires. */
export function planTriggers(recommendation: Recommendation, positionOf: ReadonlyMap<string, number>): TriggerPlan[] {
  return recommendation.triggers.map((trigger: Trigger): TriggerPlan => {
    if ("redFlag" in trigger) return { kind: "redFlag", id: trigger.redFlag, option: "", atMost: 3, position: -1 };
    if ("profile" in trigger) {
      return { kind: "profile", id: trigger.profile, option: trigger.includes, atMost: 3, position: -1 };
    }
    const position = positionOf.get(trigger.indicator) ?? -1;
    return { kind: "indicator", id: trigger.indicator, option: "", atMost: trigger.atMost ?? 3, position };
  });
}

function reasonFor(trigger: TriggerPlan, ctx: ScoringContext): Reason | undefined {
  if (trigger.kind === "redFlag") {
    const flag = ctx.flags.get(trigger.id);
    return flag && { kind: "redFlag", ruleId: flag.ruleId, severity: flag.severity };
  }
  if (trigger.kind === "profile") {
    const chosen = (ctx.profile[trigger.id] ?? []).includes(trigger.option);
    return chosen ? { kind: "profile", questionId: trigger.id, optionId: trigger.option } : undefined;
  }
  const level = ctx.levels[trigger.position];
  const target = ctx.targets.byPosition[trigger.position] as Level;
  if (typeof level !== "number" || level >= target || level > trigger.atMost) return undefined;
  return { kind: "indicator", indicatorId: trigger.id, level, target };
}

/**
 * The reasons a recommendation applies to this assessment, from its trigger plans; undefined when it does not
 * apply (most do not, so no empty array is made for them).
 */
export function reasonsFor(triggers: readonly TriggerPlan[], ctx: ScoringContext): Reason[] | undefined {
  let reasons: Reason[] | undefined;
  for (const trigger of triggers) {
    const reason = reasonFor(trigger, ctx);
    if (reason === undefined) continue;
    if (reasons === undefined) reasons = [reason];
    else reasons.push(reason);
  }
  return reasons;
}

/** Severity × gap of one reason: indicator weight (doubled for gate indicators) times the levels missing. */
export function reasonWeight(reason: Reason, compiled: CompiledInstrument): number {
  if (reason.kind === "redFlag") return RED_FLAG_SEVERITY[reason.severity];
  if (reason.kind === "profile") return PROFILE_SEVERITY;
  const weight = compiled.indicatorById.get(reason.indicatorId)?.weight ?? 1;
  const factor = compiled.gateIndicatorIds.has(reason.indicatorId) ? GATE_SEVERITY_FACTOR : 1;
  return weight * factor * (reason.target - reason.level);
}
