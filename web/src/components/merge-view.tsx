import { useEffect, useRef, useState } from "preact/hooks";
import type { Instrument } from "#core/instrument/schema.ts";
import type { Answer, ProfileAnswers } from "../api/types.ts";
import { lt, m } from "../i18n/index.ts";
import { type ConflictRow, PROFILE_KEY } from "../state/save-queue.ts";
import { answerText, profileText } from "./answer-text.ts";

function titleOf(instrument: Instrument, key: string): string {
  if (key === PROFILE_KEY) return m.merge.profileRow;
  for (const d of instrument.dimensions) {
    const i = d.indicators.find((x) => x.id === key);
    if (i) return lt(i.title);
  }
  return key;
}

function text(key: string, v: ConflictRow["theirs"]): string {
  return key === PROFILE_KEY ? profileText(v as ProfileAnswers | null) : answerText(v as Answer | null);
}

/** Theirs / mine per indicator after a version conflict. */
export function MergeView({
  rows,
  instrument,
  onApply,
}: {
  rows: ConflictRow[];
  instrument: Instrument;
  onApply: (choices: Record<string, "theirs" | "mine">) => void;
}) {
  const [choices, setChoices] = useState<Record<string, "theirs" | "mine">>(() =>
    Object.fromEntries(rows.map((r) => [r.key, "mine"])),
  );
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="merge card" aria-labelledby="merge-title">
      <h2 id="merge-title" ref={heading} tabIndex={-1}>
        {m.merge.title}
      </h2>
      <p>{m.merge.intro}</p>
      {rows.map((r) => (
        <fieldset key={r.key} class="merge-row">
          <legend>{titleOf(instrument, r.key)}</legend>
          {(["theirs", "mine"] as const).map((side) => (
            <label key={side} class="choice">
              <input
                type="radio"
                name={`merge-${r.key}`}
                value={side}
                checked={choices[r.key] === side}
                onChange={() => setChoices({ ...choices, [r.key]: side })}
              />
              <span>
                <strong>{side === "theirs" ? m.merge.keepTheirs : m.merge.keepMine}</strong>:{" "}
                {text(r.key, side === "theirs" ? r.theirs : r.mine)}
              </span>
            </label>
          ))}
        </fieldset>
      ))}
      <button type="button" class="primary" onClick={() => onApply(choices)}>
        {m.merge.apply}
      </button>
    </section>
  );
}
