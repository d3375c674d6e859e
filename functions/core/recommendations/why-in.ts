import type { Instrument, LocaleText } from "../instrument/schema.ts";
import type { Reason } from "./types.ts";
import { indicatorText, profileText, redFlagText, unknownPrerequisiteText, type WhyLanguage } from "./why.ts";

const inLanguage = (text: LocaleText | undefined, lang: WhyLanguage, fallback: string) =>
  (text && (text[lang] ?? text.en)) ?? fallback;

/** The sentence of one reason in `lang`, with the instrument's texts in that language (ids when one is missing). */
function reasonText(reason: Reason, instrument: Instrument, lang: WhyLanguage): string {
  if (reason.kind === "indicator") {
    const indicator = instrument.dimensions.flatMap((d) => d.indicators).find((i) => i.id === reason.indicatorId);
    return indicatorText(inLanguage(indicator?.title, lang, reason.indicatorId), reason.level, reason.target, lang);
  }
  if (reason.kind === "redFlag") {
    const rule = instrument.riskRules.find((r) => r.id === reason.ruleId);
    return redFlagText(reason.severity, inLanguage(rule?.message, lang, reason.ruleId), lang);
  }
  if (reason.kind === "unknownPrerequisite") {
    const indicator = instrument.dimensions.flatMap((d) => d.indicators).find((i) => i.id === reason.indicatorId);
    return unknownPrerequisiteText(inLanguage(indicator?.title, lang, reason.indicatorId), lang);
  }
  const question = instrument.profile.find((q) => q.id === reason.questionId);
  const option = question?.options.find((o) => o.id === reason.optionId);
  return profileText(inLanguage(option?.label, lang, reason.optionId), lang);
}

/**
 * A recommendation's `why` in `lang`: its reasons' sentences joined by "; ", the first letter capitalised, as the
 * ranking writes it in English. `instrument` must carry the language's texts (see instrument/translations).
 */
export function whyIn(reasons: readonly Reason[], instrument: Instrument, lang: WhyLanguage): string {
  const text = reasons.map((r) => reasonText(r, instrument, lang)).join("; ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
