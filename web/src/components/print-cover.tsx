import { useState } from "preact/hooks";
import type { Assessment, Instrument, ScoreReport } from "../api/types.ts";
import { formatDate, lt, m } from "../i18n/index.ts";
import { Headline } from "./report-headline.tsx";
import { DimensionBars } from "./score-summary.tsx";

const MARKING_KEY = "reengage.marking";

function storedMarking(): string {
  try {
    return localStorage.getItem(MARKING_KEY) ?? "";
  } catch {
    return "";
  }
}

/** The handling marking printed on every page; the official chooses it, the choice is remembered on this device. */
export function useMarking(): [string, (v: string) => void] {
  const [marking, setMarking] = useState(storedMarking);
  const set = (v: string) => {
    setMarking(v);
    try {
      localStorage.setItem(MARKING_KEY, v);
    } catch {
      // private browsing: the choice lasts for this page only
    }
  };
  return [marking, set];
}

export function MarkingPicker({ marking, onChange }: { marking: string; onChange: (v: string) => void }) {
  return (
    <div class="field inline no-print">
      <label for="marking">{m.print.marking}</label>
      <select id="marking" onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        <option value="" selected={marking === ""}>
          {m.print.markingNone}
        </option>
        {m.print.markings.map((k) => (
          <option key={k} value={k} selected={marking === k}>
            {k}
          </option>
        ))}
      </select>
    </div>
  );
}

interface CoverProps {
  country: string;
  assessment: Assessment;
  instrument: Instrument;
  report: ScoreReport;
  marking: string;
}

/** The printed first page: who, when, the conclusion, the chart and three priorities. Hidden on screen. */
export function PrintCover({ country, assessment, instrument, report, marking }: CoverProps) {
  const titles = new Map(instrument.recommendations.map((r) => [r.id, r]));
  const top = [...report.recommendations].sort((a, b) => a.rank - b.rank).slice(0, 3);
  return (
    <section class="print-only print-cover" aria-hidden="true">
      {marking && <p class="print-marking">{marking}</p>}
      <p class="cover-kicker">{m.print.cover}</p>
      <h2 class="cover-title">{m.results.title(country, assessment.cycle)}</h2>
      <Headline country={country} instrument={instrument} report={report} />
      <DimensionBars instrument={instrument} report={report} />
      <h3>{m.print.priorities}</h3>
      <ol>
        {top.map((r) => {
          const c = titles.get(r.id);
          return (
            <li key={r.id}>
              <strong>{c ? lt(c.title) : r.id}</strong> — {c ? lt(c.owner) : ""}, {m.results.horizon(r.horizon)}
            </li>
          );
        })}
      </ol>
      <p class="help">
        {m.print.prepared(formatDate(new Date().toISOString()))} · {assessment.instrumentId}{" "}
        {assessment.instrumentVersion} · {report.methodVersion}
      </p>
    </section>
  );
}

/** Repeated on every printed page (position: fixed repeats in print). */
export function PrintFooter({ text, marking }: { text: string; marking: string }) {
  return (
    <p class="print-only print-footer" aria-hidden="true">
      {marking && <span>{marking} · </span>}
      {text}
    </p>
  );
}
