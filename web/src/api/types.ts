import type { Answer } from "../../../functions/core/assessment.ts";
import type { LocaleText } from "../../../functions/core/instrument/schema.ts";
import type { ScoreReport, Stage } from "../../../functions/core/scoring/types.ts";

export type { Instrument } from "../../../functions/core/instrument/schema.ts";
export type { Answer, ScoreReport };

export type Role = "official" | "analyst" | "admin";
export type Visibility = "private" | "pooled" | "public";
export type ProfileAnswers = Record<string, string[]>;

export interface AssessmentSummary {
  id: string;
  country: string;
  cycle: number;
  status: "draft" | "submitted";
  version: number;
  instrumentId: string;
  instrumentVersion: string;
  updatedAt: string;
  visibility: Visibility;
}

export interface Assessment extends AssessmentSummary {
  answers: Record<string, Answer>;
  profile: ProfileAnswers;
  createdAt: string;
  submittedAt?: string;
  lastSnapshotId?: string;
}

export interface Snapshot {
  id: string;
  assessmentId: string;
  country: string;
  cycle: number;
  instrumentId: string;
  instrumentVersion: string;
  createdAt: string;
  answers: Record<string, Answer>;
  profile: ProfileAnswers;
  score: ScoreReport;
}

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

/** A sample's description (functions/core/statistics/descriptive.ts): every figure null when the sample is empty. */
export interface Summary5 {
  n: number;
  mean: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  min: number | null;
  max: number | null;
}

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
