import type { Assessment, Instrument, ScoreReport } from "../api/types.ts";
import { lt, m } from "../i18n/index.ts";
import { type CsvCell, downloadCsv, saveBlob } from "./csv.ts";
import { reasonText } from "./roadmap.tsx";

/** The official's own report as rows: every answer with its target, then every recommendation. */
export function reportRows(assessment: Assessment, instrument: Instrument, report: ScoreReport): CsvCell[][] {
  const rows: CsvCell[][] = [m.download.header];
  for (const d of instrument.dimensions)
    for (const i of d.indicators) {
      const a = assessment.answers[i.id];
      rows.push([
        "answer",
        i.id,
        lt(i.title),
        a?.level ?? "",
        report.targets[i.id],
        a?.evidence ?? "",
        a?.note ?? a?.reason ?? "",
      ]);
    }
  const titles = new Map(instrument.recommendations.map((r) => [r.id, lt(r.title)]));
  for (const r of [...report.recommendations].sort((a, b) => a.rank - b.rank))
    rows.push([
      "recommendation",
      r.id,
      titles.get(r.id) ?? r.id,
      r.rank,
      r.horizon,
      r.effort,
      r.reasons.map((x) => reasonText(instrument, x)).join(" "),
    ]);
  return rows;
}

/** "Download my report": the official's own data, as JSON (everything) and CSV (answers and plan). */
export function ReportDownload(props: { assessment: Assessment; instrument: Instrument; report: ScoreReport }) {
  const { assessment, report, instrument } = props;
  const base = `reengage-${assessment.country}-${assessment.cycle}`;
  const json = () =>
    saveBlob(new Blob([JSON.stringify({ assessment, report }, null, 2)], { type: "application/json" }), `${base}.json`);
  return (
    <>
      <button type="button" onClick={json}>
        {m.download.json}
      </button>
      <button type="button" onClick={() => downloadCsv(`${base}.csv`, reportRows(assessment, instrument, report))}>
        {m.download.csv}
      </button>
    </>
  );
}
