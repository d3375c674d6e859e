import type { Assessment } from "../core/assessment.ts";
import { ValidationError } from "../core/errors.ts";
import { answerFingerprint } from "../core/evidence/fingerprint.ts";
import type { Review } from "../core/evidence/reviews.ts";
import type { Instrument } from "../core/instrument/schema.ts";
import type { Verdict } from "../core/vocabulary.ts";

/** What recording a verdict needs from the store. */
export interface ReviewStore {
  reviews: { put: (assessmentId: string, review: Review) => Promise<Review> };
}

export interface ReviewRequest {
  indicatorId: string;
  verdict: Verdict;
  note?: string;
}

/**
 * A reviewer's verdict on the current answer to one indicator. The verdict keeps the fingerprint of the answer it
 * judged, so a later change to that answer shows it as stale. Reviewers judge answers; they never change them.
 */
export async function recordReview(
  store: ReviewStore,
  input: { assessment: Assessment; instrument: Instrument; reviewer: string; at: string; request: ReviewRequest },
): Promise<Review> {
  const { assessment, instrument, request } = input;
  const known = instrument.dimensions.some((d) => d.indicators.some((i) => i.id === request.indicatorId));
  if (!known) throw new ValidationError("indicatorId", "indicatorId: no such indicator in this instrument");
  const answer = assessment.answers[request.indicatorId];
  if (!answer) throw new ValidationError("indicatorId", "indicatorId: this indicator has no answer to review");
  const review: Review = {
    indicatorId: request.indicatorId,
    verdict: request.verdict,
    ...(request.note ? { note: request.note } : {}),
    reviewer: input.reviewer,
    reviewedAt: input.at,
    answerFingerprint: answerFingerprint(answer),
  };
  return store.reviews.put(assessment.id, review);
}
