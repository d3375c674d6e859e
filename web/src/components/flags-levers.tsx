import type { Instrument } from "#core/instrument/schema.ts";
import type { ScoreReport } from "../api/types.ts";
import { lt, m } from "../i18n/index.ts";

export function indicatorTitle(instrument: Instrument, id: string): string {
  for (const d of instrument.dimensions) {
    const i = d.indicators.find((x) => x.id === id);
    if (i) return lt(i.title);
  }
  return id;
}

export function RedFlags({ report }: { report: ScoreReport }) {
  if (report.redFlags.length === 0) return <p>{m.results.noRedFlags}</p>;
  return (
    <ul class="flags">
      {report.redFlags.map((f) => (
        <li key={f.ruleId} class={`flag ${f.severity.toLowerCase()}`}>
          <strong>{m.flags[f.severity]}</strong>: {lt(f.message)}
        </li>
      ))}
    </ul>
  );
}

export function Levers({ report, instrument }: { report: ScoreReport; instrument: Instrument }) {
  if (report.topLevers.length === 0) return <p>{m.results.noLevers}</p>;
  return (
    <>
      <p>{m.results.leversIntro}</p>
      <ol>
        {report.topLevers.map((l) => (
          <li key={l.indicatorId}>
            {m.results.lever(indicatorTitle(instrument, l.indicatorId), l.current, l.target, l.pointsGained)}
          </li>
        ))}
      </ol>
    </>
  );
}

export function FindOut({ report, instrument }: { report: ScoreReport; instrument: Instrument }) {
  if (report.findOut.length === 0) return null;
  return (
    <section aria-labelledby="find-out">
      <h2 id="find-out">{m.results.findOut}</h2>
      <p>{m.results.findOutIntro}</p>
      <ul>
        {report.findOut.map((f) => (
          <li key={f.indicatorId}>
            {indicatorTitle(instrument, f.indicatorId)} ({m.results.unknownState[f.state]})
          </li>
        ))}
      </ul>
    </section>
  );
}
