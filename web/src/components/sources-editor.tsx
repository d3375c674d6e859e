import { useState } from "preact/hooks";
import type { Source } from "#core/assessment.ts";
import { MAX_SOURCES } from "#core/vocabulary.ts";
import { m } from "../i18n/index.ts";

const webLink = /^https?:\/\/[^\s/?#]+\S*$/i;
const datePattern = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A source the server accepts: a title, and a link and date only when well formed. */
function complete(s: Source): Source | null {
  const title = s.title.trim();
  if (!title || (s.url && !webLink.test(s.url)) || (s.date && !datePattern.test(s.date))) return null;
  return { title, ...(s.url ? { url: s.url } : {}), ...(s.date ? { date: s.date } : {}) };
}

/** The complete sources of a list being edited (half-typed ones wait on the page, never reach the server). */
export function completeSources(list: readonly Source[]): Source[] {
  return list.map(complete).filter((s): s is Source => s !== null);
}

/**
 * Add, edit and remove up to five sources for one answer. Every change hands the complete sources up, so they are
 * autosaved with the answer; a row still being typed stays here until it is complete.
 */
export function SourcesEditor({
  id,
  sources,
  onChange,
}: {
  id: string;
  sources: readonly Source[];
  onChange: (complete: Source[]) => void;
}) {
  const [rows, setRows] = useState<Source[]>(() => (sources.length ? [...sources] : []));
  const update = (next: Source[]) => {
    setRows(next);
    onChange(completeSources(next));
  };
  const edit = (i: number, field: keyof Source, value: string) =>
    update(rows.map((r, k) => (k === i ? { ...r, [field]: value } : r)));
  return (
    <fieldset class="sources">
      <legend>{m.evidence.sources}</legend>
      <p class="help">{m.evidence.sourcesHint}</p>
      {rows.map((r, i) => (
        <div class="source-row" key={i}>
          <label for={`${id}-src${i}-title`}>{m.evidence.sourceTitle}</label>
          <input
            id={`${id}-src${i}-title`}
            maxLength={300}
            value={r.title}
            onInput={(e) => edit(i, "title", (e.target as HTMLInputElement).value)}
          />
          <label for={`${id}-src${i}-url`}>{m.evidence.sourceUrl}</label>
          <input
            id={`${id}-src${i}-url`}
            type="url"
            maxLength={2000}
            value={r.url ?? ""}
            aria-invalid={r.url ? !webLink.test(r.url) : undefined}
            onInput={(e) => edit(i, "url", (e.target as HTMLInputElement).value)}
          />
          {r.url && !webLink.test(r.url) && <p class="field-error">{m.evidence.badUrl}</p>}
          <label for={`${id}-src${i}-date`}>{m.evidence.sourceDate}</label>
          <input
            id={`${id}-src${i}-date`}
            maxLength={10}
            value={r.date ?? ""}
            onInput={(e) => edit(i, "date", (e.target as HTMLInputElement).value)}
          />
          <button type="button" class="link-button" onClick={() => update(rows.filter((_, k) => k !== i))}>
            {m.evidence.removeSource}
          </button>
        </div>
      ))}
      {rows.length < MAX_SOURCES && (
        <button type="button" onClick={() => setRows([...rows, { title: "" }])}>
          {m.evidence.addSource}
        </button>
      )}
    </fieldset>
  );
}
