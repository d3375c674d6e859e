import { useState } from "preact/hooks";
import { api } from "../api/client.ts";
import { Loading, useAsync } from "../components/async.tsx";
import { DataTable } from "../components/data-table.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { DimensionTable, Overall } from "../components/score-summary.tsx";
import { formatDate, formatNumber, m } from "../i18n/index.ts";
import { href, navigate } from "../router.ts";
import { countryLabel } from "../state/countries.ts";
import { loadInstrument } from "../state/instruments.ts";

async function loadProfile(country: string) {
  const profile = await api.profile(country);
  const instrument = await loadInstrument(profile.latest.instrumentId, profile.latest.instrumentVersion);
  return { profile, instrument };
}

function Profile({ country }: { country: string }) {
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

export function CountryProfiles({ country }: { country: string | undefined }) {
  const [code, setCode] = useState(country ?? "");
  const title = country ? m.analyst.profileTitle(countryLabel(country)) : m.analyst.profiles;
  return (
    <section>
      <PageTitle text={title} />
      <p class="lead">{m.analyst.profilesIntro}</p>
      <form
        class="card filters"
        onSubmit={(e) => {
          e.preventDefault();
          if (/^[A-Z]{3}$/.test(code)) navigate(href("analyst", "profiles", code));
        }}
      >
        <div class="field inline">
          <label for="profile-country">{m.analyst.profileCountry}</label>
          <input
            id="profile-country"
            maxLength={3}
            value={code}
            onInput={(e) => setCode((e.target as HTMLInputElement).value.toUpperCase())}
          />
          <button type="submit">{m.analyst.showProfile}</button>
        </div>
      </form>
      {country && <Profile country={country} />}
    </section>
  );
}
