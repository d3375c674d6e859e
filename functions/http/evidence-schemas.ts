import * as z from "zod";
import { answerSchema } from "../core/assessment.ts";
import { institutions, verdicts } from "../core/vocabulary.ts";
import { responseSchema } from "./route-table.ts";
import { boundedRecord } from "./schemas.ts";

const indicatorId = z.string().min(1).max(64);

export const reviewBody = z
  .object({ indicatorId, verdict: z.enum(verdicts), note: z.string().trim().max(2000).optional() })
  .strict()
  .meta({ id: "RecordReview" });

const reviewFields = {
  indicatorId: z.string(),
  verdict: z.enum(verdicts),
  note: z.string().optional(),
  reviewer: z.string(),
  reviewedAt: z.string(),
  answerFingerprint: z.string(),
};

export const reviewResponse = responseSchema(() => z.object(reviewFields).meta({ id: "Review" }));

export const reviewListResponse = responseSchema(() =>
  z
    .object({
      items: z.array(
        z.object({ ...reviewFields, stale: z.boolean().meta({ description: "The answer changed after the verdict" }) }),
      ),
    })
    .meta({ id: "ReviewList" }),
);

export const responseBody = z
  .object({ institution: z.enum(institutions).optional(), answers: boundedRecord(answerSchema.nullable()) })
  .strict()
  .meta({ id: "SaveResponse" });

const responseFields = {
  respondent: z.string(),
  institution: z.enum(institutions).optional(),
  answers: z.record(z.string(), answerSchema),
};

export const respondentResponse = responseSchema(() =>
  z
    .object({
      assessmentId: z.string(),
      ...responseFields,
      version: z.number(),
      createdAt: z.string(),
      updatedAt: z.string(),
    })
    .meta({ id: "RespondentResponse" }),
);

export const responsesResponse = responseSchema(() =>
  z
    .object({
      items: z.array(z.object(responseFields)),
      agreement: z.record(
        z.string(),
        z.object({ n: z.number(), min: z.number(), max: z.number(), spread: z.number() }),
      ),
    })
    .meta({ id: "Responses" }),
);
