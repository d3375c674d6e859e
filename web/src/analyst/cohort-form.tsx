import { useState } from "preact/hooks";
import { api } from "../api/client.ts";
import type { Cohort } from "../api/types.ts";
import { m } from "../i18n/index.ts";
import { countryName } from "../state/countries.ts";

const codesIn = (text: string) =>
  text
    .toUpperCase()
    .split(/[\s,;]+/)
    .filter(Boolean);

/** Analysts' own named country lists (statistics over them use public data only). */
export function CohortForm({ onCreated }: { onCreated: (c: Cohort) => void }) {
  const [name, setName] = useState("");
  const [countries, setCountries] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const list = codesIn(countries);
  async function submit(e: Event) {
    e.preventDefault();
    try {
      const cohort = await api.createCohort(name.trim(), list);
      setMessage({ ok: true, text: m.analyst.created(name.trim()) });
      setName("");
      setCountries("");
      onCreated(cohort);
    } catch (err) {
      setMessage({ ok: false, text: (err as Error).message });
    }
  }
  return (
    <details class="card">
      <summary>{m.analyst.newCohort}</summary>
      <form onSubmit={submit}>
        <p class="help">{m.analyst.customNote}</p>
        <div class="field">
          <label for="cohort-name">{m.analyst.cohortName}</label>
          <input
            id="cohort-name"
            required
            maxLength={100}
            value={name}
            onInput={(e) => setName((e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="cohort-countries">{m.analyst.cohortCountries}</label>
          <input
            id="cohort-countries"
            required
            value={countries}
            aria-describedby="cohort-members"
            onInput={(e) => setCountries((e.target as HTMLInputElement).value)}
          />
          <p id="cohort-members" class="help">
            {list.length > 0 && m.analyst.cohortMembers(list.map(countryName).join(", "))}
          </p>
        </div>
        <button type="submit">{m.analyst.create}</button>
        <p role="status" class={message?.ok ? "ok" : "field-error"}>
          {message?.text}
        </p>
      </form>
    </details>
  );
}
