import { api } from "../api/client.ts";
import type { PublicScoreRow } from "../api/types.ts";
import { ErrorBox, Loading, useAsync } from "../components/async.tsx";
import { DataTable } from "../components/data-table.tsx";
import { formatNumber, m } from "../i18n/index.ts";
import { href } from "../router.ts";
import { compareNames, countryName } from "../state/countries.ts";

export interface PublicCountry {
  code: string;
  /** The export's English name, shown only until the names in the reader's language have arrived. */
  exportName: string;
  group: string;
  latest: PublicScoreRow;
  cycles: number[];
}

/** One entry per public country, with its latest public cycle (sort with {@link byPublicName} when showing them). */
export function publicCountries(rows: PublicScoreRow[]): PublicCountry[] {
  const byCountry = new Map<string, PublicCountry>();
  for (const r of rows) {
    const known = byCountry.get(r.country);
    if (!known)
      byCountry.set(r.country, {
        code: r.country,
        exportName: r.country_name,
        group: r.un_regional_group,
        latest: r,
        cycles: [r.cycle],
      });
    else {
      known.cycles.push(r.cycle);
      if (r.cycle > known.latest.cycle) known.latest = r;
    }
  }
  return [...byCountry.values()];
}

/** A public country's name in the reader's language (GET /api/countries), the export's name until it arrives. */
export function publicName(c: PublicCountry): string {
  const name = countryName(c.code);
  return name === c.code ? c.exportName : name;
}

/** The countries sorted by name as the reader's language sorts (re-sorted on each render: a switch re-orders). */
export function byPublicName(list: readonly PublicCountry[]): PublicCountry[] {
  return [...list].sort((a, b) => compareNames(publicName(a), publicName(b)));
}

/** The public countries (GET /api/exports/scores.json), loaded once per page. */
export function usePublicCountries() {
  return useAsync(async () => publicCountries((await api.publicScores()).items), []);
}

/** The table of countries that made their results public: name, region, latest cycle, mean and stage, a link each. */
export function PublicCountries() {
  const state = usePublicCountries();
  if (state.error) return <ErrorBox error={state.error} onRetry={state.reload} />;
  if (!state.data) return <Loading />;
  if (state.data.length === 0) return <p>{m.analyst.noPublic}</p>;
  return (
    <DataTable<PublicCountry>
      caption={m.analyst.publicList}
      csvName="reengage-public-countries"
      rows={byPublicName(state.data)}
      rowKey={(c) => c.code}
      rowHeader={{
        key: "country",
        header: m.analyst.country,
        cell: (c) => <a href={href("analyst", "profiles", c.code)}>{`${publicName(c)} (${c.code})`}</a>,
        csv: (c) => publicName(c),
      }}
      columns={[
        { key: "code", header: m.analyst.code, cell: (c) => c.code },
        { key: "group", header: m.analyst.region, cell: (c) => m.analyst.groups[c.group] ?? c.group },
        { key: "cycle", header: m.analyst.latestCycle, num: true, cell: (c) => c.latest.cycle },
        {
          key: "mean",
          header: m.results.mean,
          num: true,
          cell: (c) => formatNumber(c.latest.overall_mean, 1),
          csv: (c) => c.latest.overall_mean,
        },
        {
          key: "stage",
          header: m.results.stage,
          num: true,
          cell: (c) => c.latest.overall_stage ?? m.results.none,
          csv: (c) => c.latest.overall_stage,
        },
        { key: "cycles", header: m.analyst.cyclesCount, num: true, cell: (c) => c.cycles.length },
      ]}
    />
  );
}
