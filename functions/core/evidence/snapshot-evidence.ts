import type { EvidenceGrade } from "../vocabulary.ts";

/**
 * What a submission records about the evidence behind its answers, fixed at submission so that a later verdict
 * or respondent never changes what was published. Notes, sources and verdict texts stay at home.
 */
export interface SnapshotEvidence {
  /** The grade each answered indicator is published with (`externally-verified` only through a current verdict). */
  grades: Record<string, EvidenceGrade>;
  /** Share of the instrument's indicator weight whose answer a reviewer verified, 0–1. */
  verifiedShare: number;
  /** How many officials answered: those who kept their own answers, at least the one who consolidated. */
  respondents: number;
}
