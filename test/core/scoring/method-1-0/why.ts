import type { Reason } from "./types.ts";

/**
 * One reason a trigger can give, with what a report needs of it. Every reason an instrument can produce is built
 * once, so a report looks reasons up instead of building objects and sentences: the `reason` object is frozen and
 * shared by every report that gives it.
 */
export interface ReasonEntry {
  reason: Readonly<Reason>;
  /** The sentence, e.g. `"X" is at level 1, your target is 3`. */
  text: string;
  /** The sentence with its first letter capitalised, for when it opens a `why`. */
  lead: string;
  /** Severity × gap. */
  weight: number;
  /** Whether it is an indicator reason: a recommendation that gives one closes a measured gap. */
  closesGap: boolean;
}

/** The languages a `why` is written in. */
export type WhyLanguage = "en" | "fr";

/** The sentences a `why` is made of, per language: each reason kind has one template. */
export const whyTemplates = {
  en: {
    indicator: (title: string, level: number, target: number) =>
      `"${title}" is at level ${level}, your target is ${target}`,
    redFlag: (severity: string, message: string) => `${severity} red flag: ${message}`,
    profile: (label: string) => `your ambition profile says "${label}"`,
  },
  fr: {
    indicator: (title: string, level: number, target: number) =>
      `« ${title} » est au niveau ${level}, votre cible est ${target}`,
    redFlag: (severity: string, message: string) =>
      `signal d’alerte ${severity === "HIGH" ? "élevé" : severity === "MEDIUM" ? "moyen" : severity} : ${message}`,
    profile: (label: string) => `votre profil d’ambition indique « ${label} »`,
  },
} satisfies Record<WhyLanguage, Record<string, (...args: never[]) => string>>;

export const indicatorText = (title: string, level: number, target: number, lang: WhyLanguage = "en") =>
  whyTemplates[lang].indicator(title, level, target);
export const redFlagText = (severity: string, message: string, lang: WhyLanguage = "en") =>
  whyTemplates[lang].redFlag(severity, message);
export const profileText = (label: string, lang: WhyLanguage = "en") => whyTemplates[lang].profile(label);

/** `text` with its first letter capitalised. */
function capitalised(text: string): string {
  const first = text.charAt(0);
  const upper = first.toUpperCase();
  return first === upper ? text : upper + text.slice(1);
}

/**
 * The entry of one reason; `reason` is frozen here because reports share it. A recommendation's `why` is its
 * reasons' sentences joined by "; " with the first letter capitalised: every sentence starts with a character, so
 * that is the first sentence's `lead` followed by the others' `text`.
 */
export function reasonEntry(reason: Reason, text: string, weight: number): ReasonEntry {
  const closesGap = reason.kind === "indicator";
  return { reason: Object.freeze(reason), text, lead: capitalised(text), weight, closesGap };
}
