import { useState } from "preact/hooks";
import { api } from "../api/client.ts";
import type { AssessmentSummary } from "../api/types.ts";
import { useAsync } from "../components/async.tsx";
import { lt, m } from "../i18n/index.ts";
import { countryLabel } from "../state/countries.ts";

type StartBody = { country: string; cycle: number; instrumentId: string; instrumentVersion: string; copyFrom?: string };

interface StartFormProps {
  country: string;
  /** The country's earlier assessments, any of which may seed the new one (newest first is offered first). */
  earlier: readonly AssessmentSummary[];
  onStart: (b: StartBody) => Promise<void>;
}

/** Earlier assessments of the country and instrument, newest cycle first: the first is what an official expects. */
function carrySources(earlier: readonly AssessmentSummary[], country: string, instrumentId: string | undefined) {
  return earlier
    .filter((a) => a.country === country && a.instrumentId === instrumentId)
    .sort((a, b) => b.cycle - a.cycle);
}

function CarryChoice(props: { sources: AssessmentSummary[]; value: string; onChange: (id: string) => void }) {
  if (props.sources.length === 0) return null;
  return (
    <div class="field">
      <label for="copy-from">{m.home.carryFrom}</label>
      <select
        id="copy-from"
        aria-describedby="copy-from-help"
        onChange={(e) => props.onChange((e.target as HTMLSelectElement).value)}
      >
        {props.sources.map((a) => (
          <option key={a.id} value={a.id} selected={a.id === props.value}>
            {m.home.carryOption(a.cycle, a.instrumentVersion)}
          </option>
        ))}
        <option value="" selected={props.value === ""}>
          {m.home.carryNone}
        </option>
      </select>
      <p id="copy-from-help" class="help">
        {m.home.carryHelp}
      </p>
    </div>
  );
}

export function StartForm({ country, earlier, onStart }: StartFormProps) {
  const instruments = useAsync(() => api.instruments(), []);
  const [cycle, setCycle] = useState(new Date().getFullYear());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const items = instruments.data?.items ?? [];
  const [choice, setChoice] = useState(0);
  const instrument = items[choice] ?? items[items.length - 1];
  const sources = carrySources(earlier, country, instrument?.id);
  const [carry, setCarry] = useState<string | undefined>(undefined);
  const copyFrom = carry ?? sources[0]?.id ?? "";
  async function submit(e: Event) {
    e.preventDefault();
    if (!instrument || !country) return;
    setBusy(true);
    setError(null);
    try {
      const body = { country, cycle, instrumentId: instrument.id, instrumentVersion: instrument.version };
      await onStart(copyFrom ? { ...body, copyFrom } : body);
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  }
  return (
    <form class="card start" onSubmit={submit}>
      <h2>{m.home.startTitle}</h2>
      {country && <p class="help">{m.home.startFor(countryLabel(country))}</p>}
      <div class="field inline">
        <label for="cycle">{m.home.cycle}</label>
        <input
          id="cycle"
          type="number"
          min={2000}
          max={2100}
          value={cycle}
          onInput={(e) => setCycle(Number((e.target as HTMLInputElement).value))}
        />
      </div>
      {items.length > 1 && (
        <div class="field inline">
          <label for="instrument">{m.home.instrument}</label>
          <select id="instrument" onChange={(e) => setChoice(Number((e.target as HTMLSelectElement).value))}>
            {items.map((i, n) => (
              <option key={`${i.id}@${i.version}`} value={n} selected={n === choice}>
                {lt(i.title)} {i.version}
              </option>
            ))}
          </select>
        </div>
      )}
      <CarryChoice sources={sources} value={copyFrom} onChange={setCarry} />
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy || !instrument || !country}>
        {busy ? m.home.starting : m.home.start}
      </button>
    </form>
  );
}
