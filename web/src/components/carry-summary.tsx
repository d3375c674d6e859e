import { useEffect, useState } from "preact/hooks";
import type { Instrument } from "../api/types.ts";
import { lt, m } from "../i18n/index.ts";
import { href } from "../router.ts";
import { type CarryReport, carryOf, forgetCarry } from "../state/carried.ts";

function dimensionOf(instrument: Instrument, indicatorId: string): string | undefined {
  return instrument.dimensions.find((d) => d.indicators.some((i) => i.id === indicatorId))?.id;
}

function ReanswerList({
  report,
  instrument,
  assessmentId,
}: {
  report: CarryReport;
  instrument: Instrument;
  assessmentId: string;
}) {
  const titles = new Map(instrument.dimensions.flatMap((d) => d.indicators.map((i) => [i.id, i.title] as const)));
  return (
    <ul class="carry-list">
      {report.toReanswer.map(({ indicatorId, reason }) => {
        const dimension = dimensionOf(instrument, indicatorId);
        const title = titles.get(indicatorId);
        const label = title ? lt(title) : indicatorId;
        return (
          <li key={indicatorId}>
            {dimension ? <a href={href("a", assessmentId, "q", dimension, indicatorId)}>{label}</a> : label}
            {" — "}
            {m.carried.reasons[reason]}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * After a start from an earlier assessment: how many answers came over, and which questions to answer again and
 * why (new, reworded, left unanswered before…), each a link to the question. Hidden once the official dismisses it.
 */
export function CarrySummary({ assessmentId, instrument }: { assessmentId: string; instrument: Instrument }) {
  const [report, setReport] = useState<CarryReport | undefined>(undefined);
  // Read after the first paint: the browser's first sessionStorage access waits on its main process, which is busy
  // while a page loads, and the questions should not wait for a banner that is rarely there.
  useEffect(() => setReport(carryOf(assessmentId)), [assessmentId]);
  if (!report) return null;
  const dismiss = () => {
    forgetCarry(assessmentId);
    setReport(undefined);
  };
  return (
    <section class="banner info carry-summary" aria-labelledby="carry-title" data-testid="carry-summary">
      <h2 id="carry-title">{m.carried.title(report.carried.length, report.toReanswer.length)}</h2>
      {report.toReanswer.length > 0 && (
        <details open={report.toReanswer.length <= 12}>
          <summary>{m.carried.listTitle}</summary>
          <ReanswerList report={report} instrument={instrument} assessmentId={assessmentId} />
        </details>
      )}
      <button type="button" class="secondary" onClick={dismiss}>
        {m.carried.dismiss}
      </button>
    </section>
  );
}
