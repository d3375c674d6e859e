import * as z from "zod";
import { isUnMemberState } from "../core/cohorts/built-in.ts";
import { lineText } from "../core/text.ts";
import { responseSchema } from "./route-table.ts";
import { countryCode, cycleQuery } from "./schemas.ts";

const memberState = countryCode.refine(isUnMemberState, { message: "not a UN member state" });

export const cohortBody = z
  .object({
    name: lineText(z.string().trim().min(1).max(100)),
    countries: z
      .array(memberState)
      .min(1)
      .max(193)
      .superRefine((list, ctx) => {
        list.forEach((code, i) => {
          if (list.indexOf(code) !== i) ctx.addIssue({ code: "custom", path: [i], message: `${code} is listed twice` });
        });
      }),
  })
  .strict()
  .meta({ id: "CreateCohort" });

export const statsQuery = z
  .object({
    instrument: z.string().min(1).max(64),
    version: z.string().min(1).max(16),
    cycle: cycleQuery,
  })
  .strict();

export const countryParams = z.object({ country: countryCode }).strict();

export const exportQuery = z.object({ cycle: cycleQuery.optional() }).strict();

export const cohortResponse = responseSchema(() =>
  z
    .object({
      id: z.string(),
      name: z.object({ en: z.string() }).catchall(z.string()),
      kind: z.enum(["built-in", "custom"]),
      countries: z.array(z.string()),
      createdBy: z.string().optional(),
      createdAt: z.string().optional(),
    })
    .meta({ id: "Cohort" }),
);

export const cohortStatsResponse = responseSchema(() =>
  z
    .object({
      cohortId: z.string(),
      instrumentId: z.string(),
      instrumentVersion: z.string(),
      cycle: z.number(),
      minN: z.number(),
      suppressed: z.boolean(),
      n: z.number().optional(),
      dimensions: z.array(z.looseObject({ dimensionId: z.string(), suppressed: z.boolean() })).optional(),
      belowCoverage: z
        .number()
        .optional()
        .describe(
          "Public countries of the cohort left out under the coverage floor (method 1.1); pooled ones not counted",
        ),
      robustness: z
        .object({ suppressed: z.boolean(), n: z.number().optional(), robustShare: z.number().min(0).max(1).optional() })
        .optional()
        .describe("Share of countries whose headline stage holds in at least 80 % of plausible methods (method 1.1)"),
      trend: z.array(z.looseObject({ cycle: z.number(), suppressed: z.boolean() })).optional(),
    })
    .meta({
      id: "CohortStats",
      description: "When suppressed is true, neither n nor any value (dimensions, trend) is present",
    }),
);
