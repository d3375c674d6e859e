import type { ComponentChildren } from "preact";
import { m } from "../i18n/index.ts";
import { type CsvCell, downloadCsv } from "./csv.ts";

/** One column: how a row shows in the cell, and (for the CSV download) its plain value. */
export interface Column<Row> {
  key: string;
  header: string;
  /** Right-aligned figures. */
  num?: boolean;
  cell: (row: Row) => ComponentChildren;
  /** The value written to CSV; defaults to the cell when it is a string or number. */
  csv?: (row: Row) => CsvCell;
  /** Extra class on this column's cells (e.g. a colour scale). */
  cellClass?: (row: Row) => string | undefined;
}

export interface DataTableProps<Row> {
  caption?: string;
  /** The first column heads each row (`<th scope="row">`). */
  rowHeader: Column<Row>;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** A row that replaces its figures by one message spanning the columns (e.g. a suppressed cell). */
  spanRow?: (row: Row) => ComponentChildren | undefined;
  /** When set, a "Download this table (CSV)" button saves the rows as `<csvName>.csv`. */
  csvName?: string;
  class?: string;
}

function csvValue<Row>(column: Column<Row>, row: Row): CsvCell {
  if (column.csv) return column.csv(row);
  const v = column.cell(row);
  return typeof v === "string" || typeof v === "number" ? v : null;
}

function toCsv<Row>({ rowHeader, columns, rows, spanRow }: DataTableProps<Row>): CsvCell[][] {
  const all = [rowHeader, ...columns];
  return [
    all.map((c) => c.header),
    ...rows.map((r) => (spanRow?.(r) ? [csvValue(rowHeader, r)] : all.map((c) => csvValue(c, r)))),
  ];
}

/**
 * The one table of the app. It scrolls sideways inside its own focusable box (never the page) on narrow screens,
 * and can save what it shows as CSV, so every figure on screen can be taken away.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { caption, rowHeader, columns, rows, rowKey, spanRow, csvName } = props;
  const cls = (c: Column<Row>, r: Row) => [c.num ? "num" : "", c.cellClass?.(r) ?? ""].join(" ").trim() || undefined;
  return (
    <div class="table-block">
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
      <section class="table-scroll" aria-label={caption ?? rowHeader.header} tabIndex={0}>
        <table class={["data", props.class].filter(Boolean).join(" ")}>
          {caption && <caption>{caption}</caption>}
          <thead>
            <tr>
              {[rowHeader, ...columns].map((c) => (
                <th key={c.key} scope="col" class={c.num ? "num" : undefined}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const span = spanRow?.(r);
              return (
                <tr key={rowKey(r)}>
                  <th scope="row">{rowHeader.cell(r)}</th>
                  {span ? (
                    <td colSpan={columns.length}>{span}</td>
                  ) : (
                    columns.map((c) => (
                      <td key={c.key} class={cls(c, r)}>
                        {c.cell(r)}
                      </td>
                    ))
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      {csvName && (
        <p class="no-print table-download">
          <button type="button" class="link-button" onClick={() => downloadCsv(`${csvName}.csv`, toCsv(props))}>
            {m.table.downloadCsv(caption ?? rowHeader.header)}
          </button>
        </p>
      )}
    </div>
  );
}
