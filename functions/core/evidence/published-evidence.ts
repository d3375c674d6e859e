import type { Answers } from "../assessment.ts";
import type { Instrument } from "../instrument/schema.ts";
import { roundTo } from "../rounding.ts";
import type { EvidenceGrade } from "../vocabulary.ts";
import { publishedEvidence, type Review, verifiedIndicators } from "./reviews.ts";
import type { SnapshotEvidence } from "./snapshot-evidence.ts";

/** Each indicator once, with its weight (an indicator listed twice counts once). */
export function indicatorWeights(instrument: Instrument): Map<string, number> {
  const weights = new Map<string, number>();
  for (const d of instrument.dimensions)
    for (const i of d.indicators) if (!weights.has(i.id)) weights.set(i.id, i.weight);
  return weights;
}

/**
 * Share of the weight of `indicatorIds` (all the instrument's indicators when omitted) that is in `verified`,
 * rounded to 4 places; 0 when they weigh nothing.
 */
export function verifiedWeightShare(
  instrument: Instrument,
  verified: ReadonlySet<string>,
  indicatorIds?: readonly string[],
): number {
  const weights = indicatorWeights(instrument);
  let total = 0;
  let share = 0;
  for (const id of indicatorIds ?? [...weights.keys()]) {
    const weight = weights.get(id) ?? 0;
    total += weight;
    if (verified.has(id)) share += weight;
  }
  return total === 0 ? 0 : roundTo(share / total, 4);
}

/**
 * The evidence a submission publishes: each answer's grade, the verified share of weight and the number of
 * respondents (the officials who recorded their own answers; 1 when only the consolidated answers exist).
 */
export function snapshotEvidence(
  instrument: Instrument,
  answers: Answers,
  reviews: readonly Review[],
  respondentCount: number,
): SnapshotEvidence {
  const verified = verifiedIndicators(answers, reviews);
  const grades: Record<string, EvidenceGrade> = {};
  for (const [id, answer] of Object.entries(answers)) grades[id] = publishedEvidence(answer, verified.has(id));
  return {
    grades,
    verifiedShare: verifiedWeightShare(instrument, verified),
    respondents: Math.max(1, respondentCount),
  };
}
