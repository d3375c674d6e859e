import type { Instrument } from "#core/instrument/schema.ts";
import { api } from "../api/client.ts";
import type { CountryProfile, DimensionStats } from "../api/types.ts";
import { ErrorBox, Loading, useAsync } from "../components/async.tsx";
import { DataTable } from "../components/data-table.tsx";
import { formatNumber, lt, m } from "../i18n/index.ts";
import { countryName } from "../state/countries.ts";

type Latest = CountryProfile["latest"];

const indexOf = (latest: Latest, id: string) =>
  latest.score.dimensions.find((d) => d.dimensionId === id)?.index ?? null;

/** A signed difference with its direction in words and colour (never colour alone). */
function Delta({ value }: { value: number | null }) {
  if (value === null) return <>{m.results.none}</>;
  const sign = value > 0 ? "+" : value < 0 ? "−" : "±";
  const cls = value > 0 ? "delta-up" : value < 0 ? "delta-down" : undefined;
  return <span class={cls}>{`${sign}${formatNumber(Math.abs(value), 1)}`}</span>;
}

const diff = (a: number | null, b: number | null | undefined) =>
  a === null || b === null || b === undefined ? null : Math.round((a - b) * 10) / 10;

interface CohortRow {
  id: string;
  title: string;
  value: number | null;
  cohort: DimensionStats | undefined;
}

/**
 * Country vs cohort: for each dimension, the country's index beside the median and quartiles of all countries that
 * shared data for the same cycle and instrument version (hidden where the cohort is too small).
 */
export function VsCohort({ latest, instrument }: { latest: Latest; instrument: Instrument }) {
  const key = { instrument: latest.instrumentId, version: latest.instrumentVersion, cycle: latest.cycle };
  const state = useAsync(() => api.cohortStats("all", key), [key.instrument, key.version, key.cycle]);
  if (state.error) return <ErrorBox error={state.error} onRetry={state.reload} />;
  if (!state.data) return <Loading />;
  if (state.data.suppressed || !state.data.dimensions)
    return <p class="help">{m.analyst.suppressedAll(state.data.minN)}</p>;
  const stats = state.data.dimensions;
  const rows: CohortRow[] = instrument.dimensions.map((d) => ({
    id: d.id,
    title: lt(d.title),
    value: indexOf(latest, d.id),
    cohort: stats.find((s) => s.dimensionId === d.id && !s.suppressed),
  }));
  const figure = (get: (r: CohortRow) => number | null | undefined) => ({
    num: true,
    cell: (r: CohortRow) => formatNumber(get(r), 1),
    csv: (r: CohortRow) => get(r) ?? null,
  });
  return (
    <DataTable<CohortRow>
      caption={m.analyst.vsCohortCaption(countryName(latest.country), latest.cycle)}
      csvName={`reengage-${latest.country}-vs-cohort-${latest.cycle}`}
      rows={rows}
      rowKey={(r) => r.id}
      rowHeader={{ key: "dimension", header: m.results.dimension, cell: (r) => r.title }}
      columns={[
        { key: "country", header: countryName(latest.country), ...figure((r) => r.value) },
        { key: "median", header: m.analyst.median, ...figure((r) => r.cohort?.index?.median) },
        { key: "q1", header: m.analyst.q1, ...figure((r) => r.cohort?.index?.q1) },
        { key: "q3", header: m.analyst.q3, ...figure((r) => r.cohort?.index?.q3) },
        {
          key: "vs-median",
          header: m.analyst.vsMedian,
          num: true,
          cell: (r) => <Delta value={diff(r.value, r.cohort?.index?.median)} />,
          csv: (r) => diff(r.value, r.cohort?.index?.median),
        },
        { key: "n", header: "n", num: true, cell: (r) => r.cohort?.n ?? "", csv: (r) => r.cohort?.n },
      ]}
    />
  );
}

interface PairRow {
  id: string;
  title: string;
  a: number | null;
  b: number | null;
}

/** Country vs country: both latest public results side by side, per dimension and overall, with the difference. */
export function VsCountry({ latest, other, instrument }: { latest: Latest; other: string; instrument: Instrument }) {
  const state = useAsync(() => api.profile(other), [other]);
  if (state.error) return <p class="banner warn">{m.analyst.noProfile}</p>;
  if (!state.data) return <Loading />;
  const b = state.data.latest;
  const same = b.instrumentId === latest.instrumentId && b.instrumentVersion === latest.instrumentVersion;
  const rows: PairRow[] = [
    ...instrument.dimensions.map((d) => ({
      id: d.id,
      title: lt(d.title),
      a: indexOf(latest, d.id),
      b: indexOf(b, d.id),
    })),
    { id: "overall", title: m.results.mean, a: latest.score.overall.mean, b: b.score.overall.mean },
  ];
  const [nameA, nameB] = [countryName(latest.country), countryName(b.country)];
  return (
    <>
      {!same && <p class="banner warn">{m.analyst.otherVersion(b.instrumentVersion, latest.instrumentVersion)}</p>}
      <DataTable<PairRow>
        caption={m.analyst.vsCountryCaption(nameA, latest.cycle, nameB, b.cycle)}
        csvName={`reengage-${latest.country}-vs-${b.country}`}
        rows={rows}
        rowKey={(r) => r.id}
        rowHeader={{ key: "dimension", header: m.results.dimension, cell: (r) => r.title }}
        columns={[
          { key: "a", header: nameA, num: true, cell: (r) => formatNumber(r.a, 1), csv: (r) => r.a },
          { key: "b", header: nameB, num: true, cell: (r) => formatNumber(r.b, 1), csv: (r) => r.b },
          {
            key: "diff",
            header: m.analyst.difference(nameA, nameB),
            num: true,
            cell: (r) => <Delta value={diff(r.a, r.b)} />,
            csv: (r) => diff(r.a, r.b),
          },
        ]}
      />
      <p>{m.analyst.stagesPair(nameA, latest.score.overall.stage, nameB, b.score.overall.stage)}</p>
    </>
  );
}
