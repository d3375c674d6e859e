import * as z from "zod";
import { answerSchema } from "../core/assessment.ts";
import { lineText, noteText, recordKey } from "../core/text.ts";
import { visibilities } from "../core/vocabulary.ts";
import { roles } from "./auth/principal.ts";
import { type ResponseSchema, responseSchema } from "./route-table.ts";

export const idParam = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "not a valid id");
export const countryCode = z.string().regex(/^[A-Z]{3}$/, "an ISO 3166-1 alpha-3 code in capitals, e.g. CAN");
export const cycle = z.number().int().min(2000).max(2100);
/** A cycle in a query string: the same bounds, documented on the parameter (a pipe would document only "number"). */
export const cycleQuery = z.coerce.number().int().min(2000).max(2100);
const optionId = lineText(z.string().min(1).max(64));
const MAX_KEYS = 200;

export const idParams = z.object({ id: idParam }).strict();

export const createAssessmentBody = z
  .object({
    country: countryCode,
    cycle,
    instrumentId: z.string().min(1).max(64),
    instrumentVersion: z.string().min(1).max(16),
    /** An earlier assessment of the same country whose answers carry into the new one (through `replaces`). */
    copyFrom: idParam.optional(),
  })
  .strict()
  .meta({ id: "CreateAssessment" });

export const boundedRecord = <T extends z.ZodType>(value: T) =>
  z.record(recordKey(z.string().min(1).max(64)), value).refine((r) => Object.keys(r).length <= MAX_KEYS, {
    message: `at most ${MAX_KEYS} keys`,
  });

export const patchAssessmentBody = z
  .object({
    answers: boundedRecord(answerSchema.nullable()).optional(),
    profile: boundedRecord(z.array(optionId).max(20)).optional(),
  })
  .strict()
  .refine((b) => b.answers !== undefined || b.profile !== undefined, { message: "send answers or profile" })
  .meta({ id: "PatchAssessment" });

export const submitBody = z
  .object({ note: noteText(z.string().max(1000)).optional() })
  .strict()
  .meta({ id: "Submit" });

export const visibilityBody = z
  .object({ visibility: z.enum(visibilities) })
  .strict()
  .meta({ id: "SetVisibility" });

export const devTokenBody = z
  .object({
    role: z.enum(roles),
    country: countryCode.optional(),
    subject: lineText(z.string().min(1).max(64)).optional(),
  })
  .strict()
  .refine((b) => (b.role !== "official" && b.role !== "reviewer") || b.country !== undefined, {
    message: "officials and reviewers need a country",
    path: ["country"],
  })
  .meta({ id: "DevTokenRequest" });

export const listQuery = z
  .object({
    country: countryCode.optional(),
    cycle: cycleQuery.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
    nextToken: z.string().min(1).max(2048).optional(),
  })
  .strict();

export const pageQuery = listQuery.pick({ limit: true, nextToken: true }).strict();

export const assessmentResponse = responseSchema(() =>
  z
    .object({
      id: z.string(),
      country: z.string(),
      cycle: z.number(),
      instrumentId: z.string(),
      instrumentVersion: z.string(),
      status: z.enum(["draft", "submitted"]),
      version: z.number(),
      answers: z.record(z.string(), answerSchema),
      profile: z.record(z.string(), z.array(z.string())),
      visibility: z.enum(visibilities),
      createdAt: z.string(),
      updatedAt: z.string(),
      submittedAt: z.string().optional(),
      lastSnapshotId: z.string().optional(),
    })
    .meta({ id: "Assessment" }),
);

/** What lists hold: the fields the list indexes project, never the answers. */
export const assessmentSummaryResponse = responseSchema(() =>
  assessmentResponse()
    .pick({
      id: true,
      country: true,
      cycle: true,
      status: true,
      version: true,
      instrumentId: true,
      instrumentVersion: true,
      updatedAt: true,
      visibility: true,
    })
    .meta({ id: "AssessmentSummary" }),
);

export const createdAssessmentResponse = responseSchema(() =>
  assessmentResponse()
    .extend({
      /** With copyFrom: the indicators whose answers were carried, and where from. */
      carried: z.array(z.object({ indicatorId: z.string(), from: z.array(z.string()) })).optional(),
      /** With copyFrom: the indicators to answer again, and why. */
      toReanswer: z
        .array(
          z.object({
            indicatorId: z.string(),
            reason: z.enum(["new", "re-scoped", "unanswered", "na-not-allowed", "levels-differ"]),
          }),
        )
        .optional(),
    })
    .meta({ id: "CreatedAssessment" }),
);

/** A visibility change as the log keeps it. */
export const visibilityChangeResponse = responseSchema(() =>
  z.object({
    visibility: z.enum(visibilities),
    previous: z.enum(visibilities),
    changedAt: z.string(),
    changedBy: z.string(),
  }),
);

export const listOf = (item: ResponseSchema) =>
  responseSchema(() => z.object({ items: z.array(item()), nextToken: z.string().optional() }));
