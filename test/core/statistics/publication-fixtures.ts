import type { Answer, Snapshot, Visibility } from "../../../functions/core/assessment.ts";
import { type Publication, type PublishedRow, publicationOf } from "../../../functions/core/publication.ts";
import { instrument, row } from "./fixtures.ts";

/** A snapshot of the fixture instrument with these dimension indices and answers. */
export function snapshot(
  country: string,
  indices: Record<string, number | null>,
  answers: Record<string, Answer> = {},
  cycle = 2025,
): Snapshot {
  const { score, evidence } = row(country, indices, answers, cycle);
  return {
    id: `s-${country}-${cycle}`,
    assessmentId: `a-${country}-${cycle}`,
    country,
    cycle,
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    assessmentVersion: 3,
    createdAt: `${cycle}-06-01T00:00:00.000Z`,
    createdBy: `official-${country}`,
    answers,
    profile: {},
    score,
    evidence,
  };
}

/** The publication of such a snapshot under a visibility other than private. */
export function publication(
  country: string,
  visibility: Exclude<Visibility, "private">,
  indices: Record<string, number | null>,
  answers: Record<string, Answer> = {},
  cycle = 2025,
): Publication {
  return publicationOf(snapshot(country, indices, answers, cycle), visibility)!;
}

/** A statistics row straight from the snapshot (not through a publication). */
export function pooledRow(
  country: string,
  pooled: boolean,
  indices: Record<string, number | null>,
  answers: Record<string, Answer> = {},
  cycle = 2025,
): PublishedRow {
  return { ...row(country, indices, answers, cycle), pooled };
}
