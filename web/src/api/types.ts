import type { Answer, Snapshot, Visibility } from "../../../functions/core/assessment.ts";
import type { Verification } from "../../../functions/core/evidence/verification.ts";
import type { LocaleText } from "../../../functions/core/instrument/schema.ts";
import type { ScoreReport as CoreReport, Stage } from "../../../functions/core/scoring/types.ts";
import type { Description } from "../../../functions/core/statistics/descriptive.ts";

export type { Assessment, AssessmentSummary } from "../../../functions/core/assessment.ts";
export type { Instrument } from "../../../functions/core/instrument/schema.ts";
export type { Answer, Snapshot, Visibility };

/** A report; live reports also say how much of it reviewers verified (snapshots taken before may not). */
export type ScoreReport = CoreReport & { overall: CoreReport["overall"] & Partial<Verification> };

export type Role = "official" | "analyst" | "admin" | "reviewer";

/** A reviewer's verdict as the API lists it: stale when the answer changed after it. */
export interface ReviewState {
  indicatorId: string;
  verdict: "verified" | "disputed";
  note?: string;
  reviewer: string;
  reviewedAt: string;
  stale: boolean;
}

export interface RespondentAnswers {
  respondent: string;
  institution?: string;
  answers: Record<string, Answer>;
}

export interface Responses {
  items: RespondentAnswers[];
  agreement: Record<string, { n: number; min: number; max: number; spread: number }>;
}

export interface MyResponse extends RespondentAnswers {
  version: number;
}
export type ProfileAnswers = Record<string, string[]>;

export interface SnapshotComparison {
  from: Snapshot | string;
  to: Snapshot | string;
  dimensions: {
    dimensionId: string;
    from: { index: number | null; stage: Stage | null };
    to: { index: number | null; stage: Stage | null };
  }[];
  indicators: { indicatorId: string; from: Answer | null; to: Answer | null }[];
}

export interface VisibilityChange {
  visibility: Visibility;
  changedAt: string;
  changedBy: string;
}

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

export interface CountryProfile {
  country: string;
  latest: Snapshot;
  history: { id: string; cycle: number; createdAt: string; score: ScoreReport }[];
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
