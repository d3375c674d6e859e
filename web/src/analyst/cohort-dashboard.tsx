import { useState } from "preact/hooks";
import { api } from "../api/client.ts";
import type { Cohort } from "../api/types.ts";
import { ErrorBox, Loading, useAsync } from "../components/async.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { lt, m } from "../i18n/index.ts";
import { loadInstrument } from "../state/instruments.ts";
import { CohortForm } from "./cohort-form.tsx";
import { ExportsPanel } from "./exports-panel.tsx";
import { StatsView } from "./stats-view.tsx";

const thisYear = new Date().getFullYear();
const cycles = Array.from({ length: thisYear + 2 - 2020 }, (_, i) => thisYear + 1 - i);

async function loadBase() {
  const [{ items: instruments }, { items: cohorts }] = await Promise.all([api.instruments(), api.cohorts()]);
  const latest = instruments[instruments.length - 1];
  if (!latest) throw new Error(m.app.notFound);
  return { cohorts, instrument: await loadInstrument(latest.id, latest.version) };
}

function CohortSelect({
  cohorts,
  value,
  onChange,
}: {
  cohorts: Cohort[];
  value: string;
  onChange: (id: string) => void;
}) {
  const group = (kind: Cohort["kind"], label: string) => {
    const items = cohorts.filter((c) => c.kind === kind);
    return items.length === 0 ? null : (
      <optgroup label={label}>
        {items.map((c) => (
          <option key={c.id} value={c.id} selected={c.id === value}>
            {lt(c.name)} ({m.analyst.countries(c.countries.length)})
          </option>
        ))}
      </optgroup>
    );
  };
  return (
    <div class="field inline">
      <label for="cohort">{m.analyst.cohort}</label>
      <select id="cohort" onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        {group("built-in", m.analyst.builtIn)}
        {group("custom", m.analyst.custom)}
      </select>
    </div>
  );
}

export function CohortDashboard() {
  const base = useAsync(loadBase, []);
  const [cohortId, setCohortId] = useState<string | null>(null);
  const [cycle, setCycle] = useState(thisYear);
  const instrument = base.data?.instrument;
  const cohorts = base.data?.cohorts ?? [];
  const chosen = cohortId ?? (cohorts.find((c) => c.id === "all") ?? cohorts[0])?.id ?? null;
  const stats = useAsync(
    async () =>
      chosen && instrument
        ? api.cohortStats(chosen, { instrument: instrument.id, version: instrument.version, cycle })
        : null,
    [chosen, instrument, cycle],
  );
  return (
    <section>
      <PageTitle text={m.analyst.title} />
      <p class="lead">{m.analyst.intro}</p>
      {base.error && <ErrorBox error={base.error} onRetry={base.reload} />}
      {base.data && (
        <form class="card filters" onSubmit={(e) => e.preventDefault()}>
          <CohortSelect cohorts={base.data.cohorts} value={chosen ?? ""} onChange={setCohortId} />
          <div class="field inline">
            <label for="cycle">{m.analyst.cycle}</label>
            <select id="cycle" onChange={(e) => setCycle(Number((e.target as HTMLSelectElement).value))}>
              {cycles.map((c) => (
                <option key={c} value={c} selected={c === cycle}>
                  {c}
                </option>
              ))}
            </select>
          </div>
        </form>
      )}
      {(base.loading || stats.loading) && <Loading />}
      {stats.error && <ErrorBox error={stats.error} onRetry={stats.reload} />}
      {stats.data && instrument && <StatsView stats={stats.data} instrument={instrument} />}
      {base.data && (
        <CohortForm
          onCreated={(c) => {
            base.reload();
            setCohortId(c.id);
          }}
        />
      )}
      <ExportsPanel cycle={cycle} />
    </section>
  );
}
