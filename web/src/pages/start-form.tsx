import { useState } from "preact/hooks";
import { api } from "../api/client.ts";
import { useAsync } from "../components/async.tsx";
import { lt, m } from "../i18n/index.ts";

type StartBody = { country: string; cycle: number; instrumentId: string; instrumentVersion: string };

export function StartForm({ country, onStart }: { country: string; onStart: (b: StartBody) => Promise<void> }) {
  const instruments = useAsync(() => api.instruments(), []);
  const [cycle, setCycle] = useState(new Date().getFullYear());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const items = instruments.data?.items ?? [];
  const [choice, setChoice] = useState(0);
  const instrument = items[choice] ?? items[items.length - 1];
  async function submit(e: Event) {
    e.preventDefault();
    if (!instrument || !country) return;
    setBusy(true);
    setError(null);
    try {
      await onStart({ country, cycle, instrumentId: instrument.id, instrumentVersion: instrument.version });
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  }
  return (
    <form class="card start" onSubmit={submit}>
      <h2>{m.home.startTitle}</h2>
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
