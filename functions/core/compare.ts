import type { Answer, Snapshot } from "./assessment.ts";

export interface SnapshotComparison {
  from: { id: string; createdAt: string; cycle: number };
  to: { id: string; createdAt: string; cycle: number };
  sameInstrument: boolean;
  dimensions: {
    dimensionId: string;
    from: { index: number | null; stage: number | null } | null;
    to: { index: number | null; stage: number | null } | null;
    indexChange: number | null;
  }[];
  indicators: { indicatorId: string; from: Answer | null; to: Answer | null }[];
}

function sameAnswer(a: Answer | undefined, b: Answer | undefined): boolean {
  // Field by field, because stored maps need not keep key order.
  return a?.level === b?.level && a?.evidence === b?.evidence && a?.note === b?.note && a?.reason === b?.reason;
}

/** What changed between two snapshots: every dimension's index and stage, and only the indicators that changed. */
export function compareSnapshots(from: Snapshot, to: Snapshot): SnapshotComparison {
  const dimensionIds = [...new Set([...from.score.dimensions, ...to.score.dimensions].map((d) => d.dimensionId))];
  const dimensions = dimensionIds.map((dimensionId) => {
    const a = from.score.dimensions.find((d) => d.dimensionId === dimensionId);
    const b = to.score.dimensions.find((d) => d.dimensionId === dimensionId);
    const indexChange = a?.index != null && b?.index != null ? Math.round((b.index - a.index) * 100) / 100 : null;
    return {
      dimensionId,
      from: a ? { index: a.index, stage: a.stage } : null,
      to: b ? { index: b.index, stage: b.stage } : null,
      indexChange,
    };
  });
  const indicatorIds = [...new Set([...Object.keys(from.answers), ...Object.keys(to.answers)])].sort();
  const indicators = indicatorIds
    .filter((id) => !sameAnswer(from.answers[id], to.answers[id]))
    .map((indicatorId) => ({
      indicatorId,
      from: from.answers[indicatorId] ?? null,
      to: to.answers[indicatorId] ?? null,
    }));
  const summary = (s: Snapshot) => ({ id: s.id, createdAt: s.createdAt, cycle: s.cycle });
  const sameInstrument = from.instrumentId === to.instrumentId && from.instrumentVersion === to.instrumentVersion;
  return { from: summary(from), to: summary(to), sameInstrument, dimensions, indicators };
}
