import { useState } from "preact/hooks";
import { api } from "../api/client.ts";
import { Loading, useAsync } from "../components/async.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { DimensionTable, Overall } from "../components/score-summary.tsx";
import { formatDate, formatNumber, m } from "../i18n/index.ts";
import { href, navigate } from "../router.ts";
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
      <Overall report={profile.latest.score} />
      <DimensionTable instrument={instrument} report={profile.latest.score} />
      <h2>{m.analyst.history}</h2>
      <table class="data">
        <thead>
          <tr>
            <th scope="col">{m.analyst.cycle}</th>
            <th scope="col">{m.home.updated}</th>
            <th scope="col" class="num">
              {m.results.mean}
            </th>
            <th scope="col" class="num">
              {m.results.stage}
            </th>
          </tr>
        </thead>
        <tbody>
          {profile.history.map((h) => (
            <tr key={h.id}>
              <th scope="row">{h.cycle}</th>
              <td>{formatDate(h.createdAt)}</td>
              <td class="num">{formatNumber(h.score.overall.mean)}</td>
              <td class="num">{h.score.overall.stage ?? m.results.none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function CountryProfiles({ country }: { country: string | undefined }) {
  const [code, setCode] = useState(country ?? "");
  const title = country ? m.analyst.profileTitle(country) : m.analyst.profiles;
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
