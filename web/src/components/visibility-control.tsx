import { useState } from "preact/hooks";
import { visibilities } from "#core/vocabulary.ts";
import { api } from "../api/client.ts";
import type { Assessment, Visibility } from "../api/types.ts";
import { formatDate, m } from "../i18n/index.ts";
import { countryName } from "../state/countries.ts";
import { useAsync } from "./async.tsx";

// A function, not a constant: the texts follow a language switch.
export const visibilityHelp = (v: Visibility): string =>
  v === "private" ? m.visibility.privateHelp : v === "pooled" ? m.visibility.pooledHelp : m.visibility.publicHelp;

/** Who may see a submitted assessment, with a plain explanation of what each choice exposes. */
export function VisibilityControl({ assessment }: { assessment: Assessment }) {
  const [value, setValue] = useState<Visibility>(assessment.visibility);
  const [saved, setSaved] = useState<Visibility>(assessment.visibility);
  const [confirmed, setConfirmed] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const log = useAsync(() => api.visibilityLog(assessment.id).catch(() => ({ items: [] })), [assessment.id, saved]);
  const canChange = assessment.status === "submitted" || Boolean(assessment.lastSnapshotId);
  async function apply(e: Event) {
    e.preventDefault();
    try {
      const res = await api.setVisibility(assessment.id, value);
      setSaved(res.visibility);
      setMessage({ ok: true, text: m.visibility.saved(m.visibility[res.visibility]) });
    } catch (err) {
      setMessage({ ok: false, text: (err as Error).message });
    }
  }
  return (
    <form class="visibility card" onSubmit={apply}>
      <fieldset disabled={!canChange}>
        <legend>{m.visibility.title}</legend>
        {!canChange && <p class="help">{m.visibility.onlySubmitted}</p>}
        {visibilities.map((v) => (
          <label key={v} class="choice">
            <input
              type="radio"
              name="visibility"
              value={v}
              checked={value === v}
              aria-describedby={`vis-${v}-help`}
              onChange={() => setValue(v)}
            />
            <span>
              <strong>{m.visibility[v]}</strong>
              <span id={`vis-${v}-help`} class="help block">
                {visibilityHelp(v)}
              </span>
            </span>
          </label>
        ))}
        {value === "public" && saved !== "public" && (
          <label class="choice confirm">
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.currentTarget.checked)} />
            <span>{m.visibility.confirmPublic(countryName(assessment.country))}</span>
          </label>
        )}
        <button type="submit" disabled={value === saved || (value === "public" && saved !== "public" && !confirmed)}>
          {m.visibility.save}
        </button>
      </fieldset>
      <p role="status" class={message?.ok ? "ok" : "field-error"}>
        {message?.text}
      </p>
      {(log.data?.items.length ?? 0) > 0 && (
        <details>
          <summary>{m.visibility.log}</summary>
          <ul>
            {log.data?.items.map((i) => (
              <li key={i.changedAt}>
                {m.visibility.logItem(m.visibility[i.visibility], formatDate(i.changedAt), i.changedBy)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </form>
  );
}
