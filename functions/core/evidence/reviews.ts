import type { Answer, Answers } from "../assessment.ts";
import type { EvidenceGrade, Verdict } from "../vocabulary.ts";
import { answerFingerprint } from "./fingerprint.ts";

/** A reviewer's latest verdict on one indicator's answer, with the fingerprint of the answer it judged. */
export interface Review {
  indicatorId: string;
  verdict: Verdict;
  note?: string;
  reviewer: string;
  reviewedAt: string;
  answerFingerprint: string;
}

/** A verdict as read against the current answers: stale when the answer changed after it. */
export interface ReviewState extends Review {
  stale: boolean;
}

/** Marks each verdict stale or current against the answers as they are now. */
export function reviewStates(answers: Answers, reviews: readonly Review[]): ReviewState[] {
  return reviews.map((r) => ({ ...r, stale: answerFingerprint(answers[r.indicatorId]) !== r.answerFingerprint }));
}

/** The indicators whose current answer holds a `verified` verdict that is not stale. */
export function verifiedIndicators(answers: Answers, reviews: readonly Review[]): Set<string> {
  const states = reviewStates(answers, reviews);
  return new Set(states.filter((r) => r.verdict === "verified" && !r.stale).map((r) => r.indicatorId));
}

/**
 * The evidence grade an answer is published with: `externally-verified` when a current verdict verified it (the
 * only way to that grade), else the country's own grade, `self-declared` when it gave none.
 */
export function publishedEvidence(answer: Answer, verified: boolean): EvidenceGrade {
  if (verified) return "externally-verified";
  return answer.evidence === "documented" ? "documented" : "self-declared";
}
