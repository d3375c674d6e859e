import { verifiedWeightShare } from "../evidence/published-evidence.ts";
import type { SnapshotEvidence } from "../evidence/snapshot-evidence.ts";
import type { Dimension, Instrument } from "../instrument/schema.ts";
import { roundTo } from "../rounding.ts";
import { describe } from "./descriptive.ts";

/**
 * How well a released figure is evidenced: computed over exactly the countries that contribute a value to it, so
 * it is released or withheld with the figure and rests on the same countries.
 */
/** A country's row as these figures read it. */
type EvidencedRow = { evidence: SnapshotEvidence };

export interface EvidenceFigures {
  /** Indicator: share of the countries whose answer a reviewer verified. Dimension: mean verified share of weight. */
  verifiedShare: number;
  /** Median number of officials who answered, across the contributing countries. */
  medianRespondents: number;
}

function medianRespondents(rows: readonly EvidencedRow[]): number {
  return describe(rows.map((row) => row.evidence.respondents)).median ?? 0;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : roundTo(values.reduce((sum, v) => sum + v, 0) / values.length, 4);
}

/** Evidence behind one indicator's figures, over the rows that answered it with a level. */
export function indicatorEvidence(indicatorId: string, contributors: readonly EvidencedRow[]): EvidenceFigures {
  const verified = contributors.map((row) => (row.evidence.grades[indicatorId] === "externally-verified" ? 1 : 0));
  return { verifiedShare: mean(verified), medianRespondents: medianRespondents(contributors) };
}

/** Evidence behind one dimension's figures, over the rows with a counted index for it. */
export function dimensionEvidence(
  instrument: Instrument,
  dimension: Dimension,
  contributors: readonly EvidencedRow[],
): EvidenceFigures {
  const ids = dimension.indicators.map((indicator) => indicator.id);
  const shares = contributors.map((row) => {
    const verified = new Set(ids.filter((id) => row.evidence.grades[id] === "externally-verified"));
    return verifiedWeightShare(instrument, verified, ids);
  });
  return { verifiedShare: mean(shares), medianRespondents: medianRespondents(contributors) };
}
