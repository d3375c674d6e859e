import type { CompiledInstrument } from "../scoring/compiled-instrument.ts";
import type { Reason } from "../scoring/types.ts";

function describeReason(reason: Reason, compiled: CompiledInstrument): string {
  const instrument = compiled.instrument;
  if (reason.kind === "indicator") {
    const title = compiled.indicatorById.get(reason.indicatorId)?.title.en ?? reason.indicatorId;
    return `"${title}" is at level ${reason.level}, your target is ${reason.target}`;
  }
  if (reason.kind === "redFlag") {
    const rule = instrument.riskRules.find((r) => r.id === reason.ruleId);
    return `${reason.severity} red flag: ${rule?.message.en ?? reason.ruleId}`;
  }
  const question = instrument.profile.find((q) => q.id === reason.questionId);
  const option = question?.options.find((o) => o.id === reason.optionId);
  return `your ambition profile says "${option?.label.en ?? reason.optionId}"`;
}

/** One English sentence saying why a recommendation applies, e.g. `"X" is at level 1, your target is 3`. */
export function explainReasons(reasons: readonly Reason[], compiled: CompiledInstrument): string {
  const text = reasons.map((r) => describeReason(r, compiled)).join("; ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
