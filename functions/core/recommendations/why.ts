import type { Indicator, ProfileOption, RiskRule } from "../instrument/schema.ts";
import type { CompiledInstrument } from "../scoring/compiled-instrument.ts";
import type { Reason } from "../scoring/types.ts";

/** Every reason sentence an instrument can produce, built once so that a report only looks them up. */
export interface ReasonTexts {
  /** By indicator id, then `4 × level + target`. */
  indicator: ReadonlyMap<string, readonly string[]>;
  /** By risk rule id, then severity. */
  redFlag: ReadonlyMap<string, Readonly<Record<"HIGH" | "MEDIUM", string>>>;
  /** By profile question id, then option id. */
  profile: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

const indicatorText = (title: string, level: number, target: number) =>
  `"${title}" is at level ${level}, your target is ${target}`;
const redFlagText = (severity: string, message: string) => `${severity} red flag: ${message}`;
const profileText = (label: string) => `your ambition profile says "${label}"`;

/** Builds the sentences for the indicators, risk rules and profile options of one instrument. */
export function buildReasonTexts(
  indicators: ReadonlyMap<string, Indicator>,
  riskRules: ReadonlyMap<string, RiskRule>,
  options: ReadonlyMap<string, ReadonlyMap<string, ProfileOption>>,
): ReasonTexts {
  const levels = Array.from({ length: 16 }, (_, i) => [Math.floor(i / 4), i % 4] as const);
  return {
    indicator: new Map(
      [...indicators].map(([id, ind]) => [id, levels.map(([l, t]) => indicatorText(ind.title.en, l, t))]),
    ),
    redFlag: new Map(
      [...riskRules].map(([id, rule]) => [
        id,
        { HIGH: redFlagText("HIGH", rule.message.en), MEDIUM: redFlagText("MEDIUM", rule.message.en) },
      ]),
    ),
    profile: new Map(
      [...options].map(([q, byId]) => [q, new Map([...byId].map(([o, option]) => [o, profileText(option.label.en)]))]),
    ),
  };
}

/** A reason the instrument does not describe (e.g. a profile answer to a question it lacks) is named by its ids. */
function describeReason(reason: Reason, texts: ReasonTexts): string {
  if (reason.kind === "indicator") {
    const text = texts.indicator.get(reason.indicatorId)?.[4 * reason.level + reason.target];
    return text ?? indicatorText(reason.indicatorId, reason.level, reason.target);
  }
  if (reason.kind === "redFlag") {
    return texts.redFlag.get(reason.ruleId)?.[reason.severity] ?? redFlagText(reason.severity, reason.ruleId);
  }
  return texts.profile.get(reason.questionId)?.get(reason.optionId) ?? profileText(reason.optionId);
}

/** One English sentence saying why a recommendation applies, e.g. `"X" is at level 1, your target is 3`. */
export function explainReasons(reasons: readonly Reason[], compiled: CompiledInstrument): string {
  let text = "";
  for (let i = 0; i < reasons.length; i++) {
    text += (i === 0 ? "" : "; ") + describeReason(reasons[i] as Reason, compiled.reasonTexts);
  }
  const first = text.charAt(0);
  const upper = first.toUpperCase();
  return first === upper ? text : upper + text.slice(1);
}
