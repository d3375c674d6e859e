import type {
  CarryRule,
  Gate,
  Indicator,
  Institution,
  OwnerRole,
  ProfileCondition,
  Recommendation,
  ReformArea,
  RiskRule,
  Source,
  Trigger,
} from "../../schema.ts";
import { en } from "../builders.ts";
import { unPeaceOpsReadiness2026_1 as previous } from "../un-peace-ops-readiness-2026-1.ts";

// 2026.2 content is authored as plain strings with its provenance beside it. Indicators and recommendations that
// needed no rewording are taken from 2026.1 by id, so their text is written once; everything else is new here.

/** Metadata every 2026.2 indicator carries, whether new or taken over from 2026.1. */
export interface IndicatorMeta {
  reformArea: ReformArea;
  institution: Institution;
  guidance: string;
  sources: Source[];
  normative?: true;
  replaces?: string[];
  carryRule?: CarryRule;
  deploymentDependent?: true;
  /** Profile conditions under which `na` is a valid answer; absent means `na` is never valid. */
  naWhen?: ProfileCondition;
  weight?: number;
}

export interface IndicatorDraft extends IndicatorMeta {
  id: string;
  title: string;
  question: string;
  weight: number;
  levels: readonly [string, string, string, string];
}

function withMeta(base: Omit<Indicator, "reformArea" | "naAllowed" | "naWhen">, meta: IndicatorMeta): Indicator {
  return {
    ...base,
    weight: meta.weight ?? base.weight,
    reformArea: meta.reformArea,
    sources: meta.sources,
    ...(meta.normative ? { normative: true as const } : {}),
    ...replacement(base.id, meta.replaces),
    ...(meta.carryRule ? { carryRule: meta.carryRule } : {}),
    institution: meta.institution,
    guidance: en(meta.guidance),
    ...(meta.deploymentDependent ? { deploymentDependent: true as const } : {}),
    naAllowed: meta.naWhen !== undefined,
    ...(meta.naWhen === undefined ? {} : { naWhen: meta.naWhen }),
  };
}

// An indicator that keeps its 2026.1 id replaces its namesake unless it says otherwise.
function replacement(id: string, replaces: string[] | undefined): { replaces?: string[] } {
  if (replaces !== undefined) return { replaces };
  return previousIndicator(id) ? { replaces: [id] } : {};
}

function previousIndicator(id: string): Indicator | undefined {
  return previous.dimensions.flatMap((d) => d.indicators).find((i) => i.id === id);
}

/** A new or rewritten indicator. */
export function indicator(d: IndicatorDraft): Indicator {
  const base = {
    id: d.id,
    title: en(d.title),
    question: en(d.question),
    weight: d.weight,
    levels: [en(d.levels[0]), en(d.levels[1]), en(d.levels[2]), en(d.levels[3])] as Indicator["levels"],
  };
  return withMeta(base, d);
}

/** A 2026.1 indicator whose wording stands, with 2026.2 metadata. */
export function keptIndicator(id: string, meta: IndicatorMeta): Indicator {
  const old = previousIndicator(id);
  if (!old) throw new Error(`2026.1 has no indicator "${id}"`);
  const { reformArea: _dropped, naAllowed: _na, naWhen: _when, ...base } = structuredClone(old);
  return withMeta(base, meta);
}

export interface GateDraft extends Omit<Gate, "why" | "sources"> {
  why: string;
  sources: Source[];
}

/** Gates with plain-string explanations and their sources. */
export function gates(drafts: readonly GateDraft[]): Gate[] {
  return drafts.map((d) => ({ ...d, why: en(d.why) }));
}

export interface RiskRuleDraft extends Omit<RiskRule, "message" | "sources"> {
  message: string;
  sources: Source[];
}

/** Risk rules with plain-string messages and their sources. */
export function riskRules(drafts: readonly RiskRuleDraft[]): RiskRule[] {
  return drafts.map((d) => ({ ...d, message: en(d.message) }));
}

/** The label shown for each owner role. */
export const ownerRoleLabels: Record<OwnerRole, string> = {
  "head-of-government-office": "Office of the head of government (cabinet office)",
  "defence-policy": "Defence — policy and international relations",
  "defence-operations": "Defence — joint operations command",
  "defence-personnel": "Defence — personnel branch",
  "defence-training": "Defence — training command and peace support training centre",
  "defence-medical": "Defence — medical services",
  "foreign-ministry": "Foreign affairs — UN and multilateral division",
  "permanent-mission": "Permanent mission to the UN in New York",
  "development-function": "Development function (agency or foreign-ministry department)",
  "finance-function": "Finance function (treasury or budget office)",
  "police-service": "National police — international deployments",
  "justice-function": "Justice and corrections administration",
  parliament: "Parliament or its competent committee",
  "public-affairs": "Public affairs of defence and foreign affairs",
  "coordination-body": "Inter-ministerial coordination body and its secretariat",
};

interface RecommendationMeta {
  reformArea: ReformArea;
  ownerRole: OwnerRole;
  sources: Source[];
  rationale: string;
  normative?: true;
}

export interface RecommendationDraft extends RecommendationMeta {
  id: string;
  title: string;
  action: string;
  effort: 1 | 2 | 3;
  horizon: Recommendation["horizon"];
  prerequisites: string[];
  triggers: Trigger[];
}

function recommendationWithMeta(base: Omit<Recommendation, keyof RecommendationMeta | "owner">, m: RecommendationMeta) {
  return {
    ...base,
    reformArea: m.reformArea,
    owner: en(ownerRoleLabels[m.ownerRole]),
    ownerRole: m.ownerRole,
    rationale: en(m.rationale),
    sources: m.sources,
    ...(m.normative ? { normative: true as const } : {}),
  } satisfies Recommendation;
}

/** A new or rewritten recommendation. */
export function recommendation(d: RecommendationDraft): Recommendation {
  const { title, action, ...rest } = d;
  return recommendationWithMeta({ ...rest, title: en(title), action: en(action) }, d);
}

/** A 2026.1 recommendation whose title, action and triggers stand, with 2026.2 metadata and a new rationale. */
export function keptRecommendation(
  id: string,
  meta: RecommendationMeta & { prerequisites?: string[]; triggers?: Trigger[] },
): Recommendation {
  const old = previous.recommendations.find((r) => r.id === id);
  if (!old) throw new Error(`2026.1 has no recommendation "${id}"`);
  const { owner: _o, rationale: _r, reformArea: _a, ...base } = structuredClone(old);
  return recommendationWithMeta(
    { ...base, prerequisites: meta.prerequisites ?? base.prerequisites, triggers: meta.triggers ?? base.triggers },
    meta,
  );
}
