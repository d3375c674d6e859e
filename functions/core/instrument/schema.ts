import * as z from "zod";
import { horizons, reformAreas, severities } from "../vocabulary.ts";

/**
 * A text in English and French. English is required; French is merged in from the translation files
 * (instrument/translations) when an instrument is served, so a version's content never holds it.
 */
export const localeTextSchema = z
  .object({ en: z.string().min(1).max(2000), fr: z.string().min(1).max(2000).optional() })
  .strict();
export type LocaleText = z.infer<typeof localeTextSchema>;

const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are kebab-case")
  .max(64);

export const reformAreaSchema = z.enum(reformAreas);
export type ReformArea = z.infer<typeof reformAreaSchema>;

export const levelSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);
export type Level = z.infer<typeof levelSchema>;

/** To reach `forStage` or above, `indicatorId` must be answered at `minLevel` or above. */
export const gateSchema = z
  .object({
    indicatorId: idSchema,
    minLevel: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    forStage: z.union([z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
    why: localeTextSchema,
  })
  .strict();
export type Gate = z.infer<typeof gateSchema>;

export const indicatorSchema = z
  .object({
    id: idSchema,
    title: localeTextSchema,
    question: localeTextSchema,
    weight: z.number().positive().max(10),
    /** Four observable facts, level 0 to level 3. */
    levels: z.tuple([localeTextSchema, localeTextSchema, localeTextSchema, localeTextSchema]),
    reformArea: reformAreaSchema,
  })
  .strict();
export type Indicator = z.infer<typeof indicatorSchema>;

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
export type Dimension = z.infer<typeof dimensionSchema>;

export const targetRaiseSchema = z.object({ indicatorId: idSchema, level: levelSchema }).strict();

export const profileOptionSchema = z
  .object({
    id: idSchema,
    label: localeTextSchema,
    /** Target level for every indicator when this option is chosen (the "target readiness" question). */
    baseline: levelSchema.optional(),
    /** Raises the target of named indicators when this option is chosen. */
    raises: z.array(targetRaiseSchema).max(50).optional(),
  })
  .strict();
export type ProfileOption = z.infer<typeof profileOptionSchema>;

export const profileQuestionSchema = z
  .object({
    id: idSchema,
    text: localeTextSchema,
    help: localeTextSchema.optional(),
    kind: z.enum(["single", "multi"]),
    options: z.array(profileOptionSchema).min(2).max(20),
  })
  .strict();
export type ProfileQuestion = z.infer<typeof profileQuestionSchema>;

/** A boolean test over answers and the ambition profile. */
export type Condition =
  | { indicator: string; atMost: Level }
  | { indicator: string; unknown: true }
  | { profile: string; includes: string }
  | { all: Condition[] }
  | { any: Condition[] };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ indicator: idSchema, atMost: levelSchema }).strict(),
    z.object({ indicator: idSchema, unknown: z.literal(true) }).strict(),
    z.object({ profile: idSchema, includes: idSchema }).strict(),
    z.object({ all: z.array(conditionSchema).min(1).max(20) }).strict(),
    z.object({ any: z.array(conditionSchema).min(1).max(20) }).strict(),
  ]),
);

export const riskRuleSchema = z
  .object({
    id: idSchema,
    severity: z.enum(severities),
    when: conditionSchema,
    message: localeTextSchema,
  })
  .strict();
export type RiskRule = z.infer<typeof riskRuleSchema>;

/**
 * What makes a recommendation apply: an indicator below its target (optionally only at or below `atMost`),
 * a raised red flag, or a profile choice.
 */
export const triggerSchema = z.union([
  z.object({ indicator: idSchema, atMost: levelSchema.optional() }).strict(),
  z.object({ redFlag: idSchema }).strict(),
  z.object({ profile: idSchema, includes: idSchema }).strict(),
]);
export type Trigger = z.infer<typeof triggerSchema>;

export const horizonSchema = z.enum(horizons);
export type { Horizon } from "../vocabulary.ts";

export const recommendationSchema = z
  .object({
    id: idSchema,
    title: localeTextSchema,
    action: localeTextSchema,
    reformArea: reformAreaSchema,
    owner: localeTextSchema,
    effort: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    horizon: horizonSchema,
    prerequisites: z.array(idSchema).max(10),
    triggers: z.array(triggerSchema).min(1).max(20),
    rationale: localeTextSchema,
  })
  .strict();
export type Recommendation = z.infer<typeof recommendationSchema>;

export const instrumentSchema = z
  .object({
    id: idSchema,
    version: z.string().regex(/^\d{4}\.\d+$/),
    title: localeTextSchema,
    description: localeTextSchema,
    defaultTarget: levelSchema,
    dimensions: z.array(dimensionSchema).min(1).max(10),
    profile: z.array(profileQuestionSchema).min(1).max(20),
    riskRules: z.array(riskRuleSchema).max(50),
    recommendations: z.array(recommendationSchema).max(200),
  })
  .strict();
export type Instrument = z.infer<typeof instrumentSchema>;
