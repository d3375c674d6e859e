import type { SnapshotComparison } from "./types.ts";

export type DimensionChange = SnapshotComparison["dimensions"][number];
export type ComparedSide = DimensionChange["from"];

/**
 * The change of a dimension's index, in whole points as the page shows them. Null when either side has no index,
 * or no such dimension at all (snapshots of two instrument versions need not share their dimensions).
 */
export function indexDelta(d: DimensionChange): number | null {
  const from = d.from?.index ?? null;
  const to = d.to?.index ?? null;
  return from === null || to === null ? null : Math.round(to) - Math.round(from);
}

/** One side's index and stage, each null when absent. */
export function sideFigures(side: ComparedSide): { index: number | null; stage: number | null } {
  return { index: side?.index ?? null, stage: side?.stage ?? null };
}
