import type { Instrument } from "../instrument/schema.ts";
import type { PublishedRow } from "../publication.ts";
import { hasRobustness } from "./robustness.ts";
import { effectiveMinCount } from "./suppression.ts";

/**
 * Version of the rules that decide what a built-in figure may hold. Stored figures carry it, and figures stored
 * under an older version are recomputed before they are read, so a stricter rule reaches figures already stored.
 * 2: complementary suppression across the built-in hierarchy.
 * 3: rows below the coverage floor (method 1.1) left out and counted in `belowCoverage`.
 * 4: the cohort's headline robustness, a figure protected like the others.
 */
export const SUPPRESSION_RULES_VERSION = 4;

/** One figure of a cohort's statistics: a dimension's index and stages, an indicator's levels, or the robustness. */
export type Cell = { kind: "dimension"; id: string } | { kind: "indicator"; id: string } | { kind: "robustness" };

/** Every cell of the instrument's statistics, dimensions and indicators alike, and the cohort's robustness. */
export function cellsOf(instrument: Instrument): Cell[] {
  return [
    ...instrument.dimensions.flatMap((dimension): Cell[] => [
      { kind: "dimension", id: dimension.id },
      ...dimension.indicators.map((indicator): Cell => ({ kind: "indicator", id: indicator.id })),
    ]),
    { kind: "robustness" },
  ];
}

/** Whether the row adds a value to the cell: a counted dimension index, an answered level 0–3, or its robustness. */
export function contributes(row: PublishedRow, cell: Cell): boolean {
  if (cell.kind === "robustness") return hasRobustness(row);
  if (cell.kind === "indicator") return typeof row.answers[cell.id]?.level === "number";
  return row.score.dimensions.some((d) => d.dimensionId === cell.id && d.index !== null);
}

/** The row with its values for these cells removed, so the statistics count it nowhere in them. */
function withoutCells(row: PublishedRow, cells: readonly Cell[]): PublishedRow {
  const dimensions = new Set(cells.flatMap((c) => (c.kind === "dimension" ? [c.id] : [])));
  const answers = { ...row.answers };
  for (const cell of cells) if (cell.kind === "indicator") delete answers[cell.id];
  const scored = row.score.dimensions.map((d) =>
    dimensions.has(d.dimensionId) ? { ...d, index: null, stage: null } : d,
  );
  const { headlineRobustness: _robustness, ...kept } = row;
  const dropped = cells.some((c) => c.kind === "robustness") || row.headlineRobustness === undefined;
  const robustness = dropped ? {} : { headlineRobustness: row.headlineRobustness };
  return { ...kept, ...robustness, answers, score: { ...row.score, dimensions: scored } };
}

export interface HierarchyInput {
  instrument: Instrument;
  /** The rows of the parent cohort (`all`): one per country, pooled and public. */
  rows: readonly PublishedRow[];
  /** The child cohort (regional group) of a country; the children partition the parent. */
  groupOf: (country: string) => string | undefined;
  minCount: number;
}

/** How many of the rows fall in each child cohort. */
function countByGroup(rows: readonly PublishedRow[], groupOf: HierarchyInput["groupOf"]) {
  const counts = new Map<string | undefined, number>();
  for (const row of rows) counts.set(groupOf(row.country), (counts.get(groupOf(row.country)) ?? 0) + 1);
  return counts;
}

/** The rows whose child cohort does not hold at least `min` of them, so no released child figure holds them. */
function uncovered(rows: readonly PublishedRow[], groupOf: HierarchyInput["groupOf"], min: number) {
  const counts = countByGroup(rows, groupOf);
  return rows.filter((row) => {
    const group = groupOf(row.country);
    return group === undefined || counts.get(group)! < min;
  });
}

/**
 * The parent cohort's rows with every pooled value left out that subtracting released child figures would
 * isolate among fewer than `minCount` pooled countries (complementary suppression; DESIGN "Privacy, fixed").
 *
 * A child (regional group) counts its pooled rows only when it holds at least `minCount` pooled countries, and
 * withholds a cell to which 1 to `minCount` − 1 of them contribute (see `computeBuiltInCohortStats`). Pooled
 * values that no released child figure holds are *exposed*: `all` minus the released groups leaves exactly them,
 * next to public values anyone can subtract. So, for the cohort as a whole and then per cell:
 * - exposed pooled countries are kept when there are at least `minCount` of them (they hide among each other);
 * - 1 to `minCount` − 1 of them are left out of the parent (the whole row, or that cell's value).
 * Every difference of the parent and any set of released children then rests on 0 or at least `minCount` pooled
 * countries, and no child is ever withheld to protect the parent. Public rows are never touched.
 */
export function withoutExposedPooled(input: HierarchyInput): PublishedRow[] {
  const { groupOf } = input;
  const min = effectiveMinCount(input.minCount);
  const isolated = (rows: readonly PublishedRow[]) => rows.length > 0 && rows.length < min;
  const latest = [...new Map(input.rows.map((row) => [row.country, row])).values()];

  const exposedRows = uncovered(
    latest.filter((row) => row.pooled),
    groupOf,
    min,
  );
  const dropped = new Set(isolated(exposedRows) ? exposedRows.map((row) => row.country) : []);
  const kept = latest.filter((row) => !dropped.has(row.country));
  // A group below the threshold counts none of its pooled rows, however many answer a given cell.
  const outside = new Set(exposedRows.map((row) => row.country));

  const blanked = new Map<string, Cell[]>();
  for (const cell of cellsOf(input.instrument)) {
    const contributors = kept.filter((row) => row.pooled && contributes(row, cell));
    const inCounting = contributors.filter((row) => !outside.has(row.country));
    const open = [...contributors.filter((row) => outside.has(row.country)), ...uncovered(inCounting, groupOf, min)];
    if (!isolated(open)) continue;
    for (const row of open) blanked.set(row.country, [...(blanked.get(row.country) ?? []), cell]);
  }
  return kept.map((row) => (blanked.has(row.country) ? withoutCells(row, blanked.get(row.country)!) : row));
}
