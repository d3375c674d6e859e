/** The languages a `why` is written in. */
export type WhyLanguage = "en" | "fr";

/** The sentences a `why` is made of, per language: each reason kind has one template. */
export const whyTemplates = {
  en: {
    indicator: (title: string, level: number, target: number) =>
      `"${title}" is at level ${level}, your target is ${target}`,
    redFlag: (severity: string, message: string) => `${severity} red flag: ${message}`,
    profile: (label: string) => `your ambition profile says "${label}"`,
    unknownPrerequisite: (title: string) =>
      `find out first: nobody has said where "${title}" stands, and what follows depends on it`,
  },
  fr: {
    indicator: (title: string, level: number, target: number) =>
      `« ${title} » est au niveau ${level}, votre cible est ${target}`,
    redFlag: (severity: string, message: string) =>
      `signal d’alerte ${severity === "HIGH" ? "élevé" : severity === "MEDIUM" ? "moyen" : severity} : ${message}`,
    profile: (label: string) => `votre profil d’ambition indique « ${label} »`,
    unknownPrerequisite: (title: string) =>
      `à vérifier d’abord : personne n’a indiqué où en est « ${title} », et la suite en dépend`,
  },
} satisfies Record<WhyLanguage, Record<string, (...args: never[]) => string>>;

export const indicatorText = (title: string, level: number, target: number, lang: WhyLanguage = "en") =>
  whyTemplates[lang].indicator(title, level, target);
export const redFlagText = (severity: string, message: string, lang: WhyLanguage = "en") =>
  whyTemplates[lang].redFlag(severity, message);
export const profileText = (label: string, lang: WhyLanguage = "en") => whyTemplates[lang].profile(label);
export const unknownPrerequisiteText = (title: string, lang: WhyLanguage = "en") =>
  whyTemplates[lang].unknownPrerequisite(title);

/** A recommendation's `why`: its reasons' sentences joined by "; ", the first letter capitalised. */
export function whyOf(sentences: readonly string[]): string {
  const text = sentences.join("; ");
  const first = text.charAt(0);
  const capital = first.toUpperCase();
  // Most sentences open with a quotation mark or a capital already: those are kept as they are, not rebuilt.
  return capital === first ? text : capital + text.slice(1);
}
