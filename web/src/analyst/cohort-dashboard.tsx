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

type CycleOption = { cycle: number; n?: number | undefined };

/**
 * The cycles that hold shared data, newest first, with their number of countries: those with public results (the
 * score export), and every cycle in the all-countries trend (which also counts pooled results). The trend comes
 * only with a cycle that is not suppressed, so it is asked for the newest public cycle.
 */
async function cyclesWithData(instrument: { id: string; version: string }): Promise<CycleOption[]> {
  const { items } = await api.publicScores();
  const counts = new Map<number, Set<string>>();
  for (const r of items) counts.set(r.cycle, (counts.get(r.cycle) ?? new Set()).add(r.country));
  const found = new Map<number, number | undefined>([...counts].map(([c, s]) => [c, s.size]));
  const newest = found.size > 0 ? Math.max(...found.keys()) : thisYear;
  const all = await api.cohortStats("all", { instrument: instrument.id, version: instrument.version, cycle: newest });
  for (const t of all.trend ?? []) found.set(t.cycle, t.n ?? found.get(t.cycle));
  return [...found].map(([cycle, n]) => ({ cycle, n })).sort((a, b) => b.cycle - a.cycle);
}

/** The cohorts and the published instrument versions (newest first: statistics never mix versions). */
async function loadBase() {
  const [{ items: versions }, { items: cohorts }] = await Promise.all([api.instruments(), api.cohorts()]);
  if (versions.length === 0) throw new Error(m.app.notFound);
  return { cohorts, versions };
}

/** One instrument version and the cycles that hold data for it. */
async function loadVersion(summary: { id: string; version: string }) {
  const [instrument, cycles] = await Promise.all([
    loadInstrument(summary.id, summary.version),
    cyclesWithData(summary),
  ]);
  return { instrument, cycles };
}

function VersionSelect(props: {
  versions: { id: string; version: string }[];
  value: number;
  onChange: (n: number) => void;
}) {
  if (props.versions.length < 2) return null;
  return (
    <div class="field inline">
      <label for="instrument-version">{m.home.instrument}</label>
      <select id="instrument-version" onChange={(e) => props.onChange(Number((e.target as HTMLSelectElement).value))}>
        {props.versions.map((v, n) => (
          <option key={`${v.id}@${v.version}`} value={n} selected={n === props.value}>
            {v.version}
          </option>
        ))}
      </select>
    </div>
  );
}

function CycleSelect({
  cycles,
  value,
  onChange,
}: {
  cycles: CycleOption[];
  value: number;
  onChange: (cycle: number) => void;
}) {
  if (cycles.length === 0) return <p class="help">{m.analyst.noCycles}</p>;
  return (
    <div class="field inline">
      <label for="cycle">{m.analyst.cycle}</label>
      <select id="cycle" onChange={(e) => onChange(Number((e.target as HTMLSelectElement).value))}>
        {cycles.map(({ cycle, n }) => (
          <option key={cycle} value={cycle} selected={cycle === value}>
            {n === undefined ? String(cycle) : m.analyst.cycleWithN(cycle, n)}
          </option>
        ))}
      </select>
    </div>
  );
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
  const [versionChoice, setVersionChoice] = useState(0);
  const summary = base.data?.versions[versionChoice];
  const version = useAsync(async () => (summary ? loadVersion(summary) : null), [summary?.id, summary?.version]);
  const [picked, setCycle] = useState<number | null>(null);
  const cycles = version.data?.cycles ?? [];
  const cycle = picked ?? cycles[0]?.cycle ?? thisYear;
  const instrument = version.data?.instrument;
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
          <VersionSelect versions={base.data.versions} value={versionChoice} onChange={setVersionChoice} />
          {version.data && <CycleSelect cycles={cycles} value={cycle} onChange={setCycle} />}
        </form>
      )}
      {(base.loading || version.loading || stats.loading) && <Loading />}
      {version.error && <ErrorBox error={version.error} onRetry={version.reload} />}
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
