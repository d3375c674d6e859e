import type { Answer, Answers, Profile } from "../assessment.ts";
import type { Instrument } from "../instrument/schema.ts";
import { scoreAssessment } from "../scoring/score-report.ts";
import type { ScoreReport, Stage } from "../scoring/types.ts";
import { verifiedWeightShare } from "./published-evidence.ts";
import { type Review, verifiedIndicators } from "./reviews.ts";

/** Claimed against verified, as PCRS separates them. */
export interface Verification {
  /** Share of the instrument's indicator weight whose current answer a reviewer verified, 0–1. */
  verifiedShare: number;
  /** The headline stage of the answers as given. */
  claimedStage: Stage | null;
  /** The headline stage when every answer no current verdict verified counts as `unknown`. */
  verifiedStage: Stage | null;
}

/** The answers with every unverified one replaced by `unknown` (unanswered stays unanswered). */
export function verifiedAnswersOnly(answers: Answers, verified: ReadonlySet<string>): Answers {
  const unknown: Answer = { level: "unknown" };
  return Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, verified.has(id) ? a : unknown]));
}

/**
 * Verified share, claimed stage and verified stage of one assessment. The verified stage is the scoring entry point
 * run on transformed answers, so it follows the method (unknown never helps a stage) without a second copy of it.
 * `claimedStage` comes from the report already computed for the same answers, when the caller has one.
 */
export function verificationOf(
  instrument: Instrument,
  answers: Answers,
  profile: Profile,
  reviews: readonly Review[],
  claimedStage: Stage | null = scoreAssessment(instrument, answers, profile).overall.stage,
): Verification {
  const verified = verifiedIndicators(answers, reviews);
  const verifiedStage = scoreAssessment(instrument, verifiedAnswersOnly(answers, verified), profile).overall.stage;
  return { verifiedShare: verifiedWeightShare(instrument, verified), claimedStage, verifiedStage };
}

/** A score report whose `overall` also says how much of it is verified. */
export type VerifiedReport = ScoreReport & { overall: ScoreReport["overall"] & Verification };

/** Adds verified share, claimed stage and verified stage to a report computed for the same answers. */
export function withVerification(
  report: ScoreReport,
  instrument: Instrument,
  answers: Answers,
  profile: Profile,
  reviews: readonly Review[],
): VerifiedReport {
  const verification = verificationOf(instrument, answers, profile, reviews, report.overall.stage);
  return { ...report, overall: { ...report.overall, ...verification } };
}
