import { useState } from "preact/hooks";
import type { Instrument } from "#core/instrument/schema.ts";
import { api } from "../api/client.ts";
import { type ComparedSide, type DimensionChange, indexDelta as delta, sideFigures } from "../api/comparison.ts";
import type { SnapshotComparison } from "../api/types.ts";
import { answerText } from "../components/answer-text.ts";
import { ErrorBox, Loading, useAsync } from "../components/async.tsx";
import { type Column, DataTable } from "../components/data-table.tsx";
import { indicatorTitle } from "../components/flags-levers.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { formatDate, formatNumber, lt, m } from "../i18n/index.ts";
import { href } from "../router.ts";
import { countryName } from "../state/countries.ts";
import { loadInstrument } from "../state/instruments.ts";

interface Option {
  id: string;
  label: string;
}

/** Snapshots of every assessment of this country, newest first, so that a cycle can be compared with the last. */
async function loadOptions(id: string) {
  const assessment = await api.assessment(id);
  const instrument = await loadInstrument(assessment.instrumentId, assessment.instrumentVersion);
  const list = await api.assessments({ country: assessment.country });
  const all = await Promise.all(
    list.items.map(async (a) => (await api.snapshots(a.id)).items.map((s) => ({ ...s, cycle: a.cycle }))),
  );
  const options: Option[] = all
    .flat()
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((s) => ({ id: s.id, label: m.compare.snapshot(s.cycle, formatDate(s.createdAt, true)) }));
  return { assessment, instrument, options };
}

type IndicatorChange = SnapshotComparison["indicators"][number];

function deltaText(n: number | null): string {
  if (n === null) return m.results.none;
  return n > 0 ? `▲ +${n}` : n < 0 ? `▼ ${n}` : "0";
}

function figure(side: ComparedSide): string {
  const v = sideFigures(side);
  return `${formatNumber(v.index)} (${m.results.stage} ${v.stage ?? m.results.none})`;
}

function Result({ diff, instrument }: { diff: SnapshotComparison; instrument: Instrument }) {
  const dim = (id: string) => lt(instrument.dimensions.find((d) => d.id === id)?.title) || id;
  const dimensionColumns: Column<DimensionChange>[] = [
    { key: "from", header: m.compare.from, cell: (d) => figure(d.from), csv: (d) => sideFigures(d.from).index },
    { key: "to", header: m.compare.to, cell: (d) => figure(d.to), csv: (d) => sideFigures(d.to).index },
    {
      key: "delta",
      header: m.compare.change,
      num: true,
      cell: (d) => deltaText(delta(d)),
      csv: (d) => delta(d),
      cellClass: (d) => ((delta(d) ?? 0) > 0 ? "up" : (delta(d) ?? 0) < 0 ? "down" : undefined),
    },
  ];
  const indicatorColumns: Column<IndicatorChange>[] = [
    { key: "from", header: m.compare.from, cell: (i) => answerText(i.from) },
    { key: "to", header: m.compare.to, cell: (i) => answerText(i.to) },
  ];
  return (
    <>
      <h2>{m.compare.dimensions}</h2>
      <DataTable
        caption={m.compare.dimensions}
        rowHeader={{ key: "dimension", header: m.results.dimension, cell: (d) => dim(d.dimensionId) }}
        columns={dimensionColumns}
        rows={diff.dimensions}
        rowKey={(d) => d.dimensionId}
        csvName="reengage-compare-dimensions"
      />
      <h2>{m.compare.indicators}</h2>
      {diff.indicators.length === 0 ? (
        <p>{m.compare.noChange}</p>
      ) : (
        <DataTable
          caption={m.compare.indicators}
          rowHeader={{
            key: "indicator",
            header: m.merge.indicator,
            cell: (i) => indicatorTitle(instrument, i.indicatorId),
          }}
          columns={indicatorColumns}
          rows={diff.indicators}
          rowKey={(i) => i.indicatorId}
          csvName="reengage-compare-indicators"
        />
      )}
    </>
  );
}

function Picker({
  id,
  label,
  options,
  value,
  onChange,
}: Option & { options: Option[]; value: string; onChange: (v: string) => void }) {
  return (
    <div class="field inline">
      <label for={id}>{label}</label>
      <select id={id} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        {options.map((o) => (
          <option key={o.id} value={o.id} selected={o.id === value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export default function ComparePage({ id }: { id: string }) {
  const state = useAsync(() => loadOptions(id), [id]);
  const [pick, setPick] = useState<{ from?: string; to?: string }>({});
  const [diff, setDiff] = useState<SnapshotComparison | null>(null);
  const [error, setError] = useState<Error | null>(null);
  if (state.error) return <ErrorBox error={state.error} onRetry={state.reload} />;
  if (!state.data) return <Loading />;
  const { assessment, instrument, options } = state.data;
  const to = pick.to ?? options[0]?.id ?? "";
  const from = pick.from ?? options[1]?.id ?? "";
  async function go(e: Event) {
    e.preventDefault();
    setError(null);
    if (from === to) return setError(new Error(m.compare.needTwo));
    try {
      setDiff(await api.compare(from, to));
    } catch (err) {
      setError(err as Error);
    }
  }
  return (
    <section>
      <PageTitle text={`${m.compare.title}: ${countryName(assessment.country)} ${assessment.cycle}`} />
      <p>
        <a href={href("a", id, "results")}>{m.results.title(countryName(assessment.country), assessment.cycle)}</a>
      </p>
      {options.length < 2 ? (
        <p>{m.compare.none}</p>
      ) : (
        <form class="card" onSubmit={go}>
          <Picker
            id="from"
            label={m.compare.from}
            options={options}
            value={from}
            onChange={(v) => setPick({ from: v, to })}
          />
          <Picker
            id="to"
            label={m.compare.to}
            options={options}
            value={to}
            onChange={(v) => setPick({ from, to: v })}
          />
          <button type="submit" class="primary">
            {m.compare.go}
          </button>
        </form>
      )}
      {error && <ErrorBox error={error} />}
      {diff && <Result diff={diff} instrument={instrument} />}
    </section>
  );
}
