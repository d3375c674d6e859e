import type { Answer, Visibility } from "#core/assessment.ts";
import type { LocaleText } from "#core/instrument/schema.ts";
import type { Description } from "#core/statistics/descriptive.ts";

/** What the headline figures and dimension tables read: full reports and public profiles' scores both have it. */
export type ReportFigures = Pick<import("#http/api-types.ts").ScoreReport, "dimensions" | "overall">;

export type { Instrument } from "#core/instrument/schema.ts";
/**
 * Response bodies are inferred from the zod schemas that validate, document (OpenAPI) and are checked against real
 * responses on the server: one shape, written once. Only what the API has no schema for is written here.
 */
export type {
  Assessment,
  AssessmentSummary,
  CountryList,
  CountryProfile,
  CreatedAssessment,
  MyResponse,
  Responses,
  ReviewState,
  ScoreReport,
  Sensitivity,
  Snapshot,
  SnapshotComparison,
  VisibilityChange,
} from "#http/api-types.ts";
export type { Answer, Visibility };

export type Role = "official" | "analyst" | "admin" | "reviewer";

export type ProfileAnswers = Record<string, string[]>;

export interface AppConfig {
  authMode: "local" | "cognito";
  region?: string;
  userPoolId?: string;
  clientId?: string;
  cognitoDomain?: string;
  redirectUri?: string;
}

export interface Cohort {
  id: string;
  name: LocaleText;
  kind: "built-in" | "custom";
  countries: string[];
}

/** A sample's description: every figure null when the sample is empty. */
export type Summary5 = Description;

export interface IndicatorStats {
  indicatorId: string;
  suppressed: boolean;
  n?: number;
  level?: Summary5;
  levels?: Record<string, number>;
}

export interface DimensionStats {
  dimensionId: string;
  suppressed: boolean;
  n?: number;
  index?: Summary5;
  stages?: Record<string, number>;
  indicators: IndicatorStats[];
}

export interface CohortStats {
  cohortId: string;
  suppressed: boolean;
  n?: number;
  minN?: number;
  dimensions?: DimensionStats[];
  trend?: { cycle: number; suppressed: boolean; n?: number; dimensions?: { dimensionId: string; mean: number }[] }[];
}

/** One row of the public score export (its codebook names every column); the fields the web reads. */
export interface PublicScoreRow {
  country: string;
  country_name: string;
  un_regional_group: string;
  cycle: number;
  instrument_id: string;
  instrument_version: string;
  overall_mean: number | null;
  overall_stage: number | null;
}
