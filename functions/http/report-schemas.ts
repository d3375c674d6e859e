import * as z from "zod";
import { answerSchema } from "../core/assessment.ts";
import { horizonSchema, levelSchema, localeTextSchema, reformAreaSchema } from "../core/instrument/schema.ts";
import { evidenceGrades, severities } from "../core/vocabulary.ts";
import { responseSchema } from "./route-table.ts";

/**
 * The score report as the API sends it, written once: the OpenAPI document is built from these schemas, the web
 * client's types are inferred from them, and a type test holds them equal to the report core computes.
 */

const stage = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
const share = z.number().min(0).max(1);
const severity = z.enum(severities);

const gateCap = z.object({
  indicatorId: z.string(),
  minLevel: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  forStage: z.union([z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
});

const dimensionScore = z
  .object({
    dimensionId: z.string(),
    reformArea: reformAreaSchema,
    counts: z.object({ answered: z.number(), na: z.number(), unknown: z.number(), unanswered: z.number() }),
    index: z.number().nullable().meta({ description: "0–100 over the indicators with a level; null when none" }),
    interval: z
      .tuple([z.number(), z.number()])
      .nullable()
      .optional()
      .meta({ description: "Method 1.1: the index with unknown and unanswered at level 0 and at level 3" }),
    stage: stage.nullable(),
    stageName: z.string().nullable().optional(),
    uncappedStage: stage.nullable(),
    cappedBy: z.array(gateCap),
    coverage: share.nullable(),
    belowCoverage: z.boolean().optional(),
  })
  .meta({ id: "DimensionScore" });

const reason = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("indicator"), indicatorId: z.string(), level: levelSchema, target: levelSchema }),
  z.object({ kind: z.literal("redFlag"), ruleId: z.string(), severity }),
  z.object({ kind: z.literal("profile"), questionId: z.string(), optionId: z.string() }),
  z.object({ kind: z.literal("unknownPrerequisite"), indicatorId: z.string(), prerequisiteId: z.string() }),
]);

const recommendation = z
  .object({
    id: z.string(),
    rank: z.number(),
    reformArea: reformAreaSchema,
    effort: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    horizon: horizonSchema,
    priority: z.number(),
    prerequisites: z.array(z.string()),
    closesGap: z.boolean(),
    reasons: z.array(reason),
    why: z.string(),
    kind: z.enum(["action", "find-out-first"]).optional(),
    startHere: z.boolean().optional().meta({ description: "Among the first few of its horizon" }),
    withinCapacity: z.boolean().optional().meta({ description: "With ?capacity=: whether the plan includes it" }),
  })
  .meta({ id: "RankedRecommendation" });

/** What the report adds when reviewers' verdicts are known (live reports; snapshots taken before may lack it). */
const verification = {
  verifiedShare: share
    .optional()
    .meta({ description: "Share of indicator weight whose current answer a reviewer verified" }),
  claimedStage: stage.nullable().optional(),
  verifiedStage: stage.nullable().optional().meta({ description: "The stage with unverified answers as unknown" }),
};

export const scoreReportSchema = z
  .object({
    methodVersion: z.string(),
    instrumentId: z.string(),
    instrumentVersion: z.string(),
    dimensions: z.array(dimensionScore),
    overall: z.object({
      mean: z.number().nullable(),
      floor: z.number().nullable(),
      stage: stage.nullable(),
      stageName: z.string().nullable().optional(),
      percentToTarget: share.meta({ description: "Relative to the country's own targets" }),
      coverage: share.nullable(),
      belowCoverage: z.boolean().optional(),
      ...verification,
    }),
    targets: z.record(z.string(), levelSchema),
    redFlags: z.array(z.object({ ruleId: z.string(), severity, message: localeTextSchema })),
    topLevers: z.array(
      z.object({
        indicatorId: z.string(),
        dimensionId: z.string(),
        current: levelSchema,
        target: levelSchema,
        pointsGained: z.number(),
      }),
    ),
    recommendations: z.array(recommendation),
    capacityPlan: z
      .array(
        z.object({
          horizon: horizonSchema,
          capacity: z.number(),
          used: z.number(),
          gapClosed: z.number(),
          chosen: z.array(z.string()),
        }),
      )
      .optional()
      .meta({ description: "With ?capacity=: what fits in each horizon" }),
    findOut: z.array(
      z.object({ indicatorId: z.string(), dimensionId: z.string(), state: z.enum(["unknown", "unanswered"]) }),
    ),
  })
  .meta({ id: "ScoreReport" });

export const scoreReportResponse = responseSchema(() => scoreReportSchema);

/** How the answers of a snapshot are backed, as publications and exports carry it. */
const snapshotEvidenceSchema = z
  .object({
    grades: z.record(z.string(), z.enum(evidenceGrades)),
    verifiedShare: share,
    respondents: z.number().int().min(1),
  })
  .meta({ id: "SnapshotEvidence" });

export const snapshotSchema = z
  .object({
    id: z.string(),
    assessmentId: z.string(),
    country: z.string(),
    cycle: z.number(),
    instrumentId: z.string(),
    instrumentVersion: z.string(),
    assessmentVersion: z.number(),
    createdAt: z.string(),
    createdBy: z.string(),
    answers: z.record(z.string(), answerSchema),
    profile: z.record(z.string(), z.array(z.string())),
    score: scoreReportSchema,
    evidence: snapshotEvidenceSchema,
  })
  .meta({ id: "Snapshot" });

export const snapshotResponse = responseSchema(() => snapshotSchema);

/** What snapshot lists hold: no answers, the headline figures only. */
export const snapshotSummarySchema = z
  .object({
    id: z.string(),
    assessmentId: z.string(),
    country: z.string(),
    cycle: z.number(),
    createdAt: z.string(),
    createdBy: z.string(),
    assessmentVersion: z.number(),
    overall: scoreReportSchema.shape.overall,
  })
  .meta({ id: "SnapshotSummary" });

/** A public snapshot as a profile shows it: headline figures and answered levels, no notes, no recommendations. */
const publishedScore = scoreReportSchema
  .pick({ methodVersion: true, instrumentId: true, instrumentVersion: true, dimensions: true, overall: true })
  .extend({
    targets: scoreReportSchema.shape.targets,
    redFlags: z.array(z.object({ ruleId: z.string(), severity })),
    headlineRobustness: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe("Share of plausible methods giving the headline its most frequent stage (method 1.1 only)"),
  })
  .meta({ id: "PublishedScore" });

const profileEntry = {
  id: z.string(),
  cycle: z.number(),
  instrumentId: z.string(),
  instrumentVersion: z.string(),
  createdAt: z.string(),
  score: publishedScore,
  evidence: snapshotEvidenceSchema.pick({ verifiedShare: true, respondents: true }),
};

export const countryProfileSchema = z
  .object({
    country: z.string(),
    name: z.string().optional(),
    unRegionalGroup: z.string().optional(),
    latest: z.object({
      ...profileEntry,
      country: z.string(),
      answers: z.record(
        z.string(),
        z.object({ level: answerSchema.shape.level, evidence: answerSchema.shape.evidence }),
      ),
    }),
    history: z.array(z.object(profileEntry)).meta({ description: "The latest public snapshot of each cycle" }),
  })
  .meta({ id: "CountryProfile" });

export const countryProfileResponse = responseSchema(() => countryProfileSchema);
export const snapshotSummaryResponse = responseSchema(() => snapshotSummarySchema);

const compared = z.object({ index: z.number().nullable(), stage: z.number().nullable() }).nullable();

export const snapshotComparisonSchema = z
  .object({
    from: z.object({ id: z.string(), createdAt: z.string(), cycle: z.number() }),
    to: z.object({ id: z.string(), createdAt: z.string(), cycle: z.number() }),
    sameInstrument: z.boolean(),
    dimensions: z.array(
      z.object({
        dimensionId: z.string(),
        from: compared.meta({ description: "null when the dimension is not in the first snapshot's instrument" }),
        to: compared.meta({ description: "null when the dimension is not in the second snapshot's instrument" }),
        indexChange: z.number().nullable(),
      }),
    ),
    indicators: z.array(
      z.object({ indicatorId: z.string(), from: answerSchema.nullable(), to: answerSchema.nullable() }),
    ),
  })
  .meta({ id: "SnapshotComparison" });

export const snapshotComparisonResponse = responseSchema(() => snapshotComparisonSchema);

const probabilities = z.object({ 1: z.number(), 2: z.number(), 3: z.number(), 4: z.number(), 5: z.number() });

/** How firm the stages are (GET /api/assessments/{id}/sensitivity). */
export const sensitivityResponse = () =>
  z
    .object({
      draws: z.number(),
      dimensions: z.array(
        z.object({ dimensionId: z.string(), stageProbabilities: probabilities, indexBand: z.array(z.number()) }),
      ),
      headline: z.object({ stageProbabilities: probabilities }),
      lenses: z.array(z.object({ id: z.string(), headlineStage: z.number().nullable() })),
    })
    .meta({ id: "Sensitivity" });
