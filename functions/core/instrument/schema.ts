import * as z from "zod";
import type { DeepReadonly } from "../deep-readonly.ts";
import { horizons, institutions, ownerRoles, reformAreas, severities, sourceKinds } from "../vocabulary.ts";

/**
 * A text in English and French. English is required; French is merged in from the translation files
 * (instrument/translations) when an instrument is served, so a version's content never holds it.
 */
export const localeTextSchema = z
  .object({ en: z.string().min(1).max(2000), fr: z.string().min(1).max(2000).optional() })
  .strict();
export type LocaleText = DeepReadonly<z.infer<typeof localeTextSchema>>;

const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are kebab-case")
  .max(64);

export const reformAreaSchema = z.enum(reformAreas);
export type ReformArea = z.infer<typeof reformAreaSchema>;

export const levelSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);
export type Level = z.infer<typeof levelSchema>;

/**
 * Where an item comes from: `seed` with a paragraph reference of the source article ("seed ¶7"), `un` with a named
 * UN document, or `expert` with the judgement it rests on. Rationales may credit only what their sources say.
 */
export const sourceSchema = z.object({ kind: z.enum(sourceKinds), ref: z.string().min(3).max(300) }).strict();
export type Source = DeepReadonly<z.infer<typeof sourceSchema>>;
const sourcesSchema = z.array(sourceSchema).min(1).max(8);

/** Provenance carried by indicators, gates, risk rules and recommendations (required from 2026.2 on, by test). */
const provenance = {
  sources: sourcesSchema.optional(),
  /** Marks an item that encodes the seed article's contested thesis rather than a UN requirement. */
  normative: z.literal(true).optional(),
};

export const institutionSchema = z.enum(institutions);
export type Institution = z.infer<typeof institutionSchema>;
export const ownerRoleSchema = z.enum(ownerRoles);
export type OwnerRole = z.infer<typeof ownerRoleSchema>;

/**
 * How an answer to a replaced indicator carries into this one: `same-level` keeps the level (one replaced id),
 * `lowest-level` keeps the lowest level of the replaced ones, `re-answer` carries nothing and lists the indicator.
 */
export const carryRuleSchema = z.enum(["same-level", "lowest-level", "re-answer"]);
export type CarryRule = z.infer<typeof carryRuleSchema>;

/** To reach `forStage` or above, `indicatorId` must be answered at `minLevel` or above. */
export const gateSchema = z
  .object({
    indicatorId: idSchema,
    minLevel: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    forStage: z.union([z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
    why: localeTextSchema,
    ...provenance,
  })
  .strict();
export type Gate = DeepReadonly<z.infer<typeof gateSchema>>;

export const indicatorSchema = z
  .object({
    id: idSchema,
    title: localeTextSchema,
    question: localeTextSchema,
    weight: z.number().positive().max(10),
    /** Four observable facts, level 0 to level 3. */
    levels: z.tuple([localeTextSchema, localeTextSchema, localeTextSchema, localeTextSchema]),
    reformArea: reformAreaSchema,
    ...provenance,
    /** Ids of indicators of the previous version whose answers this one takes over (see `carryRule`). */
    replaces: z.array(idSchema).min(1).max(10).optional(),
    carryRule: carryRuleSchema.optional(),
    /** The institution that usually holds the facts asked about. */
    institution: institutionSchema.optional(),
    /** What counts as evidence for the levels, and the terms used in them. */
    guidance: localeTextSchema.optional(),
    /** Levels 0–2 are arrangements in place and level 3 is shown in a deployment; targets are capped when not deployed. */
    deploymentDependent: z.literal(true).optional(),
    /** Whether `na` (does not apply) is a valid answer; false unless the instrument says otherwise. */
    naAllowed: z.boolean().default(false),
    /** When `naAllowed`, the ambition-profile choices under which `na` is valid; absent means always. */
    naWhen: z.lazy(() => profileConditionSchema).optional(),
  })
  .strict();
export type Indicator = DeepReadonly<z.infer<typeof indicatorSchema>>;

export const dimensionSchema = z
  .object({
    id: idSchema,
    title: localeTextSchema,
    description: localeTextSchema,
    reformArea: reformAreaSchema,
    weight: z.number().positive().max(10),
    indicators: z.array(indicatorSchema).min(1).max(50),
    gates: z.array(gateSchema).max(50),
  })
  .strict();
export type Dimension = DeepReadonly<z.infer<typeof dimensionSchema>>;

export const targetRaiseSchema = z.object({ indicatorId: idSchema, level: levelSchema }).strict();

export const profileOptionSchema = z
  .object({
    id: idSchema,
    label: localeTextSchema,
    /** Target level for every indicator when this option is chosen (the "target readiness" question). */
    baseline: levelSchema.optional(),
    /** Raises the target of named indicators when this option is chosen. */
    raises: z.array(targetRaiseSchema).max(50).optional(),
    /** Lowers the target of named indicators to at most `level` (never refuses an answer; floors still apply). */
    caps: z.array(targetRaiseSchema).max(50).optional(),
  })
  .strict();
export type ProfileOption = DeepReadonly<z.infer<typeof profileOptionSchema>>;

export const profileQuestionSchema = z
  .object({
    id: idSchema,
    text: localeTextSchema,
    help: localeTextSchema.optional(),
    kind: z.enum(["single", "multi"]),
    options: z.array(profileOptionSchema).min(2).max(20),
  })
  .strict();
export type ProfileQuestion = DeepReadonly<z.infer<typeof profileQuestionSchema>>;

/** A boolean test over answers and the ambition profile. */
export type Condition =
  | { readonly indicator: string; readonly atMost: Level }
  | { readonly indicator: string; readonly unknown: true }
  | { readonly profile: string; readonly includes: string }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] };

export const conditionSchema: z.ZodType<Condition> = z
  .lazy(() =>
    z.union([
      z.object({ indicator: idSchema, atMost: levelSchema }).strict(),
      z.object({ indicator: idSchema, unknown: z.literal(true) }).strict(),
      z.object({ profile: idSchema, includes: idSchema }).strict(),
      z.object({ all: z.array(conditionSchema).min(1).max(20) }).strict(),
      z.object({ any: z.array(conditionSchema).min(1).max(20) }).strict(),
    ]),
  )
  .meta({ id: "Condition" }); // named, so the recursive reference has a name in the OpenAPI document

/** A boolean test over the ambition profile alone: when `na` is a valid answer to an indicator. */
export type ProfileCondition =
  | { readonly profile: string; readonly includes: string }
  | { readonly profile: string; readonly excludes: string }
  | { readonly all: readonly ProfileCondition[] }
  | { readonly any: readonly ProfileCondition[] };

export const profileConditionSchema: z.ZodType<ProfileCondition> = z
  .lazy(() =>
    z.union([
      z.object({ profile: idSchema, includes: idSchema }).strict(),
      z.object({ profile: idSchema, excludes: idSchema }).strict(),
      z.object({ all: z.array(profileConditionSchema).min(1).max(20) }).strict(),
      z.object({ any: z.array(profileConditionSchema).min(1).max(20) }).strict(),
    ]),
  )
  .meta({ id: "ProfileCondition" });

export const riskRuleSchema = z
  .object({
    id: idSchema,
    severity: z.enum(severities),
    when: conditionSchema,
    message: localeTextSchema,
    ...provenance,
  })
  .strict();
export type RiskRule = DeepReadonly<z.infer<typeof riskRuleSchema>>;

/**
 * What makes a recommendation apply: an indicator below its target (optionally only at or below `atMost`),
 * a raised red flag, or a profile choice.
 */
export const triggerSchema = z.union([
  z.object({ indicator: idSchema, atMost: levelSchema.optional() }).strict(),
  z.object({ redFlag: idSchema }).strict(),
  z.object({ profile: idSchema, includes: idSchema }).strict(),
]);
export type Trigger = DeepReadonly<z.infer<typeof triggerSchema>>;

export const horizonSchema = z.enum(horizons);
export type { Horizon } from "../vocabulary.ts";

export const recommendationSchema = z
  .object({
    id: idSchema,
    title: localeTextSchema,
    action: localeTextSchema,
    reformArea: reformAreaSchema,
    owner: localeTextSchema,
    /** The owner as one role of a closed list, so reports can aggregate who must act. */
    ownerRole: ownerRoleSchema.optional(),
    effort: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    horizon: horizonSchema,
    prerequisites: z.array(idSchema).max(10),
    triggers: z.array(triggerSchema).min(1).max(20),
    rationale: localeTextSchema,
    ...provenance,
  })
  .strict();
export type Recommendation = DeepReadonly<z.infer<typeof recommendationSchema>>;

/** What a stage means, in words a ministry knows; `pcrs` relates it to the UN's PCRS levels where one holds. */
export const stageDescriptorSchema = z
  .object({
    stage: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
    name: localeTextSchema,
    description: localeTextSchema,
    pcrs: localeTextSchema.optional(),
  })
  .strict();
export type StageDescriptor = DeepReadonly<z.infer<typeof stageDescriptorSchema>>;

/** A target level that no ambition-profile choice can lower (a UN minimum). */
export const floorTargetSchema = z.object({ indicatorId: idSchema, level: levelSchema }).strict();
export type FloorTarget = DeepReadonly<z.infer<typeof floorTargetSchema>>;

export const lensIds = ["un-standard", "post-liberal"] as const;

/** Another reading of the same answers: indicator weights multiplied as written (unnamed indicators keep ×1). */
export const lensSchema = z
  .object({
    id: z.enum(lensIds),
    title: localeTextSchema,
    weights: z.record(idSchema, z.number().positive().max(10)),
  })
  .strict();
export type Lens = DeepReadonly<z.infer<typeof lensSchema>>;

export const instrumentSchema = z
  .object({
    id: idSchema,
    version: z.string().regex(/^\d{4}\.\d+$/),
    title: localeTextSchema,
    description: localeTextSchema,
    defaultTarget: levelSchema,
    /** How to choose a level when a level lists several facts and only some of them hold. */
    levelRule: localeTextSchema.optional(),
    dimensions: z.array(dimensionSchema).min(1).max(10),
    profile: z.array(profileQuestionSchema).min(1).max(20),
    riskRules: z.array(riskRuleSchema).max(50),
    recommendations: z.array(recommendationSchema).max(200),
    /** Stage names and descriptors, stage 1 to 5 (method metadata: may be added to a published version). */
    stages: z.array(stageDescriptorSchema).max(5).default([]),
    floorTargets: z.array(floorTargetSchema).max(100).default([]),
    lenses: z.array(lensSchema).max(lensIds.length).default([]),
  })
  .strict();
export type Instrument = DeepReadonly<z.infer<typeof instrumentSchema>>;
