import type * as z from "zod";
import type { respondentResponse, responsesResponse, reviewListResponse } from "./evidence-schemas.ts";
import type { countryListSchema, instrumentListSchema } from "./public-schemas.ts";
import type {
  countryProfileSchema,
  scoreReportSchema,
  sensitivityResponse,
  snapshotComparisonSchema,
  snapshotSchema,
  snapshotSummarySchema,
} from "./report-schemas.ts";
import type {
  assessmentResponse,
  assessmentSummaryResponse,
  createdAssessmentResponse,
  visibilityChangeResponse,
} from "./schemas.ts";
import type { cohortResponse } from "./think-tank-schemas.ts";

/**
 * The API's response bodies as TypeScript types, inferred from the zod schemas that also build the OpenAPI document
 * (and that the conformance test holds to the real responses). The web client imports these, type-only.
 */
type Body<S extends () => z.ZodType> = z.output<ReturnType<S>>;

export type Assessment = Body<typeof assessmentResponse>;
export type AssessmentSummary = Body<typeof assessmentSummaryResponse>;
export type CreatedAssessment = Body<typeof createdAssessmentResponse>;
export type ScoreReport = z.output<typeof scoreReportSchema>;
export type Snapshot = z.output<typeof snapshotSchema>;
export type SnapshotSummary = z.output<typeof snapshotSummarySchema>;
export type SnapshotComparison = z.output<typeof snapshotComparisonSchema>;
export type CountryProfile = z.output<typeof countryProfileSchema>;
export type InstrumentList = z.output<typeof instrumentListSchema>;
export type CountryList = z.output<typeof countryListSchema>;
export type VisibilityChange = Body<typeof visibilityChangeResponse>;
export type ReviewState = Body<typeof reviewListResponse>["items"][number];
export type Responses = Body<typeof responsesResponse>;
export type MyResponse = Body<typeof respondentResponse>;
export type Cohort = Body<typeof cohortResponse>;
export type Sensitivity = Body<typeof sensitivityResponse>;
