import { api } from "../api/client.ts";
import type { Session } from "../auth/session.ts";
import { ErrorBox, Loading, useAsync } from "../components/async.tsx";
import { PlannedRoadmap } from "../components/capacity-plan.tsx";
import { CitedSources } from "../components/evidence-notes.tsx";
import { FindOut, Levers, RedFlags } from "../components/flags-levers.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { MarkingPicker, PrintCover, PrintFooter, useMarking } from "../components/print-cover.tsx";
import { ReportDownload } from "../components/report-download.tsx";
import { Headline, HowToRead } from "../components/report-headline.tsx";
import { DimensionTable, Overall } from "../components/score-summary.tsx";
import { SensitivityBands } from "../components/sensitivity-bands.tsx";
import { VisibilityControl } from "../components/visibility-control.tsx";
import { formatDate, m, useLocale } from "../i18n/index.ts";
import { href } from "../router.ts";
import { countryName } from "../state/countries.ts";
import { loadInstrument } from "../state/instruments.ts";

async function loadAll(id: string) {
  const [assessment, report] = await Promise.all([api.assessment(id), api.score(id)]);
  const instrument = await loadInstrument(assessment.instrumentId, assessment.instrumentVersion);
  return { assessment, report, instrument };
}

export default function ResultsPage({ id, session }: { id: string; session: Session }) {
  const locale = useLocale();
  const [marking, setMarking] = useMarking();
  // The report's "why" sentences come from the API in the request's language: fetch again after a switch.
  const state = useAsync(() => loadAll(id), [id, locale]);
  if (state.error) return <ErrorBox error={state.error} onRetry={state.reload} />;
  if (!state.data) return <Loading />;
  const { assessment, report, instrument } = state.data;
  const submitted = assessment.status === "submitted" && assessment.submittedAt;
  const country = countryName(assessment.country);
  return (
    <article class="report">
      <PrintCover country={country} assessment={assessment} instrument={instrument} report={report} marking={marking} />
      <PrintFooter text={m.results.title(country, assessment.cycle)} marking={marking} />
      <PageTitle text={m.results.title(country, assessment.cycle)} />
      <p class={submitted ? "ok" : "banner warn"} data-testid="report-state">
        {submitted
          ? m.results.submittedNote(formatDate(assessment.submittedAt))
          : assessment.submittedAt
            ? m.results.liveDraftNote(formatDate(assessment.submittedAt))
            : m.results.draftNote}
      </p>
      <Headline country={country} instrument={instrument} report={report} />
      <div class="no-print report-actions">
        <p class="actions">
          <button type="button" onClick={() => print()}>
            {m.results.print}
          </button>
          <ReportDownload assessment={assessment} instrument={instrument} report={report} />
        </p>
        <MarkingPicker marking={marking} onChange={setMarking} />
        <p class="actions">
          <a href={href("a", id, "q", "review")}>{m.results.edit}</a>
          <a href={href("a", id, "compare")}>{m.results.compare}</a>
        </p>
      </div>
      {session.role !== "analyst" && session.role !== "reviewer" && <VisibilityControl assessment={assessment} />}
      <HowToRead instrument={instrument} />
      <section aria-labelledby="overall" class="print-detail">
        <h2 id="overall">{m.results.overall}</h2>
        <Overall report={report} instrument={instrument} />
        <DimensionTable instrument={instrument} report={report} />
      </section>
      <SensitivityBands assessmentId={id} instrument={instrument} report={report} />
      <section aria-labelledby="flags">
        <h2 id="flags">{m.results.redFlags}</h2>
        <RedFlags report={report} />
      </section>
      <FindOut report={report} instrument={instrument} />
      <section aria-labelledby="roadmap">
        <h2 id="roadmap">{m.results.roadmap}</h2>
        <PlannedRoadmap assessmentId={id} report={report} instrument={instrument} />
      </section>
      <section aria-labelledby="sources">
        <h2 id="sources">{m.evidence.sourcesTitle}</h2>
        <CitedSources assessment={assessment} instrument={instrument} />
      </section>
      <section aria-labelledby="levers" class="levers">
        <h2 id="levers">{m.results.levers}</h2>
        <Levers report={report} instrument={instrument} />
      </section>
      <p class="print-only help">
        {report.methodVersion} · {assessment.instrumentId} {assessment.instrumentVersion}
      </p>
    </article>
  );
}
