import { useState } from "preact/hooks";
import { api } from "../api/client.ts";
import { Loading, useAsync } from "../components/async.tsx";
import { CountryInput } from "../components/country-input.tsx";
import { DataTable } from "../components/data-table.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { DimensionTable, Overall } from "../components/score-summary.tsx";
import { formatDate, formatNumber, m } from "../i18n/index.ts";
import { href, navigate } from "../router.ts";
import { countryLabel } from "../state/countries.ts";
import { loadInstrument } from "../state/instruments.ts";
import { VsCohort, VsCountry } from "./country-comparison.tsx";
import { byPublicName, PublicCountries, publicName, usePublicCountries } from "./public-countries.tsx";

async function loadProfile(country: string) {
  const profile = await api.profile(country);
  const instrument = await loadInstrument(profile.latest.instrumentId, profile.latest.instrumentVersion);
  return { profile, instrument };
}

/** Picks another public country to compare with; the choice is part of the address, so it can be shared. */
function ComparePicker({ country, other }: { country: string; other: string | undefined }) {
  const list = usePublicCountries();
  const choices = byPublicName((list.data ?? []).filter((c) => c.code !== country));
  if (choices.length === 0) return null;
  return (
    <div class="field inline">
      <label for="compare-with">{m.analyst.compareWith}</label>
      <select
        id="compare-with"
        onChange={(e) => {
          const v = (e.target as HTMLSelectElement).value;
          navigate(v ? href("analyst", "profiles", country, v) : href("analyst", "profiles", country));
        }}
      >
        <option value="" selected={!other}>
          {m.analyst.compareNone}
        </option>
        {choices.map((c) => (
          <option key={c.code} value={c.code} selected={c.code === other}>
            {`${publicName(c)} (${c.code})`}
          </option>
        ))}
      </select>
    </div>
  );
}

function Profile({ country, other }: { country: string; other: string | undefined }) {
  const state = useAsync(() => loadProfile(country), [country]);
  if (state.loading) return <Loading />;
  if (state.error) return <p class="banner warn">{m.analyst.noProfile}</p>;
  if (!state.data) return null;
  const { profile, instrument } = state.data;
  return (
    <>
      <h2>{m.compare.snapshot(profile.latest.cycle, formatDate(profile.latest.createdAt))}</h2>
      <Overall report={profile.latest.score} instrument={instrument} />
      <DimensionTable instrument={instrument} report={profile.latest.score} />
      <h2>{m.analyst.vsCohort}</h2>
      <VsCohort latest={profile.latest} instrument={instrument} />
      <h2>{m.analyst.vsCountry}</h2>
      <ComparePicker country={country} other={other} />
      {other && <VsCountry latest={profile.latest} other={other} instrument={instrument} />}
      <h2>{m.analyst.history}</h2>
      <DataTable
        caption={m.analyst.history}
        rowHeader={{ key: "cycle", header: m.analyst.cycle, cell: (h) => h.cycle }}
        columns={[
          { key: "at", header: m.home.updated, cell: (h) => formatDate(h.createdAt), csv: (h) => h.createdAt },
          {
            key: "mean",
            header: m.results.mean,
            num: true,
            cell: (h) => formatNumber(h.score.overall.mean),
            csv: (h) => h.score.overall.mean,
          },
          {
            key: "stage",
            header: m.results.stage,
            num: true,
            cell: (h) => h.score.overall.stage ?? m.results.none,
            csv: (h) => h.score.overall.stage,
          },
        ]}
        rows={profile.history}
        rowKey={(h) => h.id}
        csvName={`reengage-history-${country}`}
      />
    </>
  );
}

/** The public countries by name, each country's profile, and comparisons with the cohort and another country. */
export function CountryProfiles({ country, other }: { country: string | undefined; other?: string | undefined }) {
  const [code, setCode] = useState(country ?? "");
  const title = country ? m.analyst.profileTitle(countryLabel(country)) : m.analyst.profiles;
  return (
    <section>
      <PageTitle text={title} />
      <p class="lead">{m.analyst.profilesIntro}</p>
      {country ? (
        <p>
          <a href={href("analyst", "profiles")}>{m.analyst.allPublic}</a>
        </p>
      ) : (
        <PublicCountries />
      )}
      <form
        class="card filters"
        onSubmit={(e) => {
          e.preventDefault();
          if (/^[A-Z]{3}$/.test(code)) navigate(href("analyst", "profiles", code));
        }}
      >
        <div class="field inline">
          <label for="profile-country">{m.analyst.profileCountry}</label>
          <CountryInput id="profile-country" value={code} onValue={setCode} />
          <button type="submit">{m.analyst.showProfile}</button>
        </div>
      </form>
      {country && <Profile country={country} other={other} />}
    </section>
  );
}
