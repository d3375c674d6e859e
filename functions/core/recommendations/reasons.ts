import type { Answers, Profile } from "../assessment.ts";
import type { Level, Recommendation, Trigger } from "../instrument/schema.ts";
import { answeredLevel } from "../scoring/answer-state.ts";
import type { CompiledInstrument } from "../scoring/compiled-instrument.ts";
import { GATE_SEVERITY_FACTOR, PROFILE_SEVERITY, RED_FLAG_SEVERITY } from "../scoring/method.ts";
import type { RedFlag, Reason } from "../scoring/types.ts";

export interface ScoringContext {
  compiled: CompiledInstrument;
  answers: Answers;
  profile: Profile;
  targets: Record<string, Level>;
  flags: ReadonlyMap<string, RedFlag>;
}

function reasonFor(trigger: Trigger, ctx: ScoringContext): Reason | undefined {
  if ("redFlag" in trigger) {
    const flag = ctx.flags.get(trigger.redFlag);
    return flag && { kind: "redFlag", ruleId: flag.ruleId, severity: flag.severity };
  }
  if ("profile" in trigger) {
    const chosen = (ctx.profile[trigger.profile] ?? []).includes(trigger.includes);
    return chosen ? { kind: "profile", questionId: trigger.profile, optionId: trigger.includes } : undefined;
  }
  const level = answeredLevel(ctx.answers, trigger.indicator);
  const target = ctx.targets[trigger.indicator] as Level;
  if (level === undefined || level >= target) return undefined;
  if (trigger.atMost !== undefined && level > trigger.atMost) return undefined;
  return { kind: "indicator", indicatorId: trigger.indicator, level, target };
}

/** The reasons a recommendation applies to this assessment; empty when it does not apply. */
export function reasonsFor(recommendation: Recommendation, ctx: ScoringContext): Reason[] {
  const reasons: Reason[] = [];
  for (const trigger of recommendation.triggers) {
    const reason = reasonFor(trigger, ctx);
    if (reason) reasons.push(reason);
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
