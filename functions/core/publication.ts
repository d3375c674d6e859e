import type { Answer, Snapshot, Visibility } from "./assessment.ts";
import type { SnapshotEvidence } from "./evidence/snapshot-evidence.ts";
import type { ScoreReport } from "./scoring/types.ts";
import type { CohortRow } from "./statistics/cohort-stats.ts";
import { headlineRobustness } from "./statistics/robustness.ts";

/** Visibilities under which a snapshot leaves its country at all. */
export type PublishedVisibility = Exclude<Visibility, "private">;

/**
 * The part of a score report that a publication carries: enough for statistics, profiles and exports, without
 * recommendations (long texts that belong to the country's own report).
 */
export type PublishedScore = Pick<
  ScoreReport,
  "methodVersion" | "instrumentId" | "instrumentVersion" | "dimensions" | "overall" | "targets"
> & {
  redFlags: Pick<ScoreReport["redFlags"][number], "ruleId" | "severity">[];
  /**
   * Method 1.1: share of plausible methods giving the headline its most frequent stage (statistics/robustness.ts).
   * Inside `score`, which the table's indexes already project, so no index changes.
   */
  headlineRobustness?: number;
};

/**
 * One country's entry in the publication set of (instrument, version, cycle): the figures of its latest
 * submitted snapshot and the visibility it chose. Private assessments have no publication.
 */
export interface Publication {
  country: string;
  cycle: number;
  instrumentId: string;
  instrumentVersion: string;
  visibility: PublishedVisibility;
  assessmentId: string;
  snapshotId: string;
  submittedAt: string;
  score: PublishedScore;
  /** Answered state per indicator; free-text notes and reasons are never published. */
  levels: Record<string, Answer["level"]>;
  /** Evidence grade per answer, verified share and respondent count, as recorded at submission. */
  evidence: SnapshotEvidence;
}

const rank: Record<Visibility, number> = { private: 0, pooled: 1, public: 2 };

/** The more restrictive of two visibilities; `cap` undefined leaves `visibility` as it is. */
export function restrictVisibility(visibility: Visibility, cap?: Visibility): Visibility {
  return cap !== undefined && rank[cap] < rank[visibility] ? cap : visibility;
}

/** The publication of a snapshot under `visibility`, or undefined when that visibility keeps it at home. */
export function publicationOf(snapshot: Snapshot, visibility: Visibility): Publication | undefined {
  if (visibility === "private") return undefined;
  const { score } = snapshot;
  const levels: Record<string, Answer["level"]> = {};
  for (const [indicatorId, answer] of Object.entries(snapshot.answers)) levels[indicatorId] = answer.level;
  return {
    country: snapshot.country,
    cycle: snapshot.cycle,
    instrumentId: snapshot.instrumentId,
    instrumentVersion: snapshot.instrumentVersion,
    visibility,
    assessmentId: snapshot.assessmentId,
    snapshotId: snapshot.id,
    submittedAt: snapshot.createdAt,
    score: {
      methodVersion: score.methodVersion,
      instrumentId: score.instrumentId,
      instrumentVersion: score.instrumentVersion,
      dimensions: score.dimensions,
      overall: score.overall,
      targets: score.targets,
      redFlags: score.redFlags.map(({ ruleId, severity }) => ({ ruleId, severity })),
      ...withRobustness(headlineRobustness(snapshot)),
    },
    levels,
    evidence: snapshot.evidence,
  };
}

const withRobustness = (share: number | undefined) => (share === undefined ? {} : { headlineRobustness: share });

/**
 * Whether two states of one country's entry release the same thing (same snapshot under the same visibility);
 * undefined stands for "nothing released". Used to skip recomputing statistics that cannot have changed.
 */
export function sameRelease(a: Publication | undefined, b: Publication | undefined): boolean {
  return a?.snapshotId === b?.snapshotId && a?.visibility === b?.visibility;
}

/** A cohort row marked pooled or public, as the statistics need it. */
export interface PublishedRow extends CohortRow {
  pooled: boolean;
}

/** The publication as a statistics row; the score's unpublished parts are empty, as the statistics never read them. */
export function publishedRow(publication: Publication): PublishedRow {
  const answers: Record<string, Answer> = {};
  for (const [indicatorId, level] of Object.entries(publication.levels)) answers[indicatorId] = { level };
  return {
    country: publication.country,
    cycle: publication.cycle,
    pooled: publication.visibility === "pooled",
    answers,
    evidence: publication.evidence,
    ...withRobustness(publication.score.headlineRobustness),
    score: { ...publication.score, redFlags: [], topLevers: [], recommendations: [], findOut: [] },
  };
}
