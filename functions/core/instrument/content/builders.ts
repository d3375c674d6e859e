import type {
  Condition,
  Gate,
  Indicator,
  Level,
  LocaleText,
  ProfileOption,
  ProfileQuestion,
  Recommendation,
  ReformArea,
  RiskRule,
  Trigger,
} from "../schema.ts";

// Content is authored as plain English strings so each entry stays readable and short; these builders wrap the
// strings into locale maps, leaving room for translations to be merged in later without touching the content.

/** Wraps an English string into a locale map. */
export function en(text: string): LocaleText {
  return { en: text };
}

export interface IndicatorDraft {
  id: string;
  title: string;
  question: string;
  weight: number;
  /** Observable facts for levels 0, 1, 2 and 3. */
  levels: readonly [string, string, string, string];
}

/** Returns a builder that stamps every indicator with the reform area of its dimension. */
export function indicatorsIn(reformArea: ReformArea): (drafts: readonly IndicatorDraft[]) => Indicator[] {
  return (drafts) =>
    drafts.map((d) => ({
      id: d.id,
      title: en(d.title),
      question: en(d.question),
      weight: d.weight,
      levels: [en(d.levels[0]), en(d.levels[1]), en(d.levels[2]), en(d.levels[3])],
      reformArea,
      naAllowed: false,
    }));
}

export interface GateDraft extends Omit<Gate, "why"> {
  why: string;
}

/** Builds gates from drafts with plain-string explanations. */
export function gates(drafts: readonly GateDraft[]): Gate[] {
  return drafts.map((d) => ({ ...d, why: en(d.why) }));
}

export interface OptionDraft {
  id: string;
  label: string;
  baseline?: Level;
  raises?: { indicatorId: string; level: Level }[];
}

export interface QuestionDraft {
  id: string;
  text: string;
  help?: string;
  kind: "single" | "multi";
  options: readonly OptionDraft[];
}

/** Builds an ambition-profile question from a draft with plain strings. */
export function question(d: QuestionDraft): ProfileQuestion {
  const options = d.options.map(
    (o): ProfileOption => ({
      id: o.id,
      label: en(o.label),
      ...(o.baseline === undefined ? {} : { baseline: o.baseline }),
      ...(o.raises === undefined ? {} : { raises: o.raises }),
    }),
  );
  return { id: d.id, text: en(d.text), ...(d.help === undefined ? {} : { help: en(d.help) }), kind: d.kind, options };
}

export interface RiskRuleDraft {
  id: string;
  severity: "HIGH" | "MEDIUM";
  when: Condition;
  message: string;
}

/** Builds risk rules from drafts with plain-string messages. */
export function riskRules(drafts: readonly RiskRuleDraft[]): RiskRule[] {
  return drafts.map((d) => ({ id: d.id, severity: d.severity, when: d.when, message: en(d.message) }));
}

export interface RecommendationDraft {
  id: string;
  title: string;
  action: string;
  owner: string;
  effort: 1 | 2 | 3;
  horizon: Recommendation["horizon"];
  prerequisites: string[];
  triggers: Trigger[];
  /** One line citing the source article's argument, in our own words. */
  rationale: string;
}

/** Returns a builder that stamps every recommendation with one reform area. */
export function recommendationsIn(
  reformArea: ReformArea,
): (drafts: readonly RecommendationDraft[]) => Recommendation[] {
  return (drafts) =>
    drafts.map((d) => ({
      id: d.id,
      title: en(d.title),
      action: en(d.action),
      reformArea,
      owner: en(d.owner),
      effort: d.effort,
      horizon: d.horizon,
      prerequisites: d.prerequisites,
      triggers: d.triggers,
      rationale: en(d.rationale),
    }));
}
