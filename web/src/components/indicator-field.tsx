import { useState } from "preact/hooks";
import type { Indicator } from "../../../functions/core/instrument/schema.ts";
import type { Answer } from "../api/types.ts";
import { lt, m } from "../i18n/index.ts";
import { evidenceGrades } from "../state/constants.ts";

interface Props {
  indicator: Indicator;
  number: string;
  answer: Answer | undefined;
  onChange: (answer: Answer | null) => void;
}

type Choice = Answer["level"];
const choices: Choice[] = [0, 1, 2, 3, "na", "unknown"];

function choiceLabel(indicator: Indicator, c: Choice) {
  if (c === "na") return m.q.na;
  if (c === "unknown") return m.q.unknown;
  return (
    <>
      <span class="level-num">{m.q.levelLabel(c)}</span> {lt(indicator.levels[c])}
    </>
  );
}

function Details({ id, answer, onChange }: { id: string; answer: Answer; onChange: (a: Answer) => void }) {
  return (
    <div class="details">
      {answer.level !== "unknown" && (
        <div class="field inline">
          <label for={`${id}-evidence`}>{m.q.evidence}</label>
          <select
            id={`${id}-evidence`}
            onChange={(e) => {
              const v = (e.target as HTMLSelectElement).value as Answer["evidence"] | "";
              const { evidence: _, ...rest } = answer;
              onChange(v ? { ...rest, evidence: v } : rest);
            }}
          >
            <option value="" selected={!answer.evidence}>
              {m.q.evidenceNone}
            </option>
            {evidenceGrades.map((g) => (
              <option key={g} value={g} selected={answer.evidence === g}>
                {m.q.grades[g]}
              </option>
            ))}
          </select>
        </div>
      )}
      <div class="field">
        <label for={`${id}-note`}>{m.q.note}</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={2000}
          value={answer.note ?? ""}
          onInput={(e) => {
            const note = (e.target as HTMLTextAreaElement).value;
            const { note: _, ...rest } = answer;
            onChange(note ? { ...rest, note } : rest);
          }}
        />
      </div>
    </div>
  );
}

/** One indicator: the four anchored levels, "not applicable" with a reason, "don't know", evidence and a note. */
export function IndicatorField({ indicator, number, answer, onChange }: Props) {
  const id = `ind-${indicator.id}`;
  const [naDraft, setNaDraft] = useState(false);
  const [reason, setReason] = useState(answer?.reason ?? "");
  const level = naDraft ? "na" : answer?.level;
  const pick = (c: Choice) => {
    const keep = { evidence: answer?.evidence, note: answer?.note };
    const clean = (a: Answer): Answer => JSON.parse(JSON.stringify(a)) as Answer;
    if (c !== "na") {
      setNaDraft(false);
      return onChange(clean({ ...keep, level: c }));
    }
    if (reason.trim()) return onChange(clean({ ...keep, level: "na", reason: reason.trim() }));
    setNaDraft(true);
  };
  const onReason = (text: string) => {
    setReason(text);
    if (text.trim()) {
      setNaDraft(false);
      onChange(JSON.parse(JSON.stringify({ ...answer, level: "na", reason: text.trim() })) as Answer);
    } else setNaDraft(true);
  };
  return (
    <fieldset id={id} class={`indicator${answer ? " answered" : ""}`}>
      <legend>
        <span class="ind-number">{number}</span> <span class="ind-title">{lt(indicator.title)}</span>
        <span class="ind-question">{lt(indicator.question)}</span>
      </legend>
      <div class="choices">
        {choices.map((c) => (
          <label key={String(c)} class={`choice${typeof c === "number" ? " level" : " other"}`}>
            <input type="radio" name={id} value={String(c)} checked={level === c} onChange={() => pick(c)} />
            <span>{choiceLabel(indicator, c)}</span>
          </label>
        ))}
      </div>
      {level === "na" && (
        <div class="field">
          <label for={`${id}-reason`}>{m.q.naReason}</label>
          <textarea
            id={`${id}-reason`}
            rows={2}
            maxLength={1000}
            value={reason}
            aria-describedby={naDraft ? `${id}-reason-hint` : undefined}
            onInput={(e) => onReason((e.target as HTMLTextAreaElement).value)}
          />
          {naDraft && (
            <p id={`${id}-reason-hint`} class="field-error">
              {m.q.naReasonNeeded}
            </p>
          )}
        </div>
      )}
      {answer && !naDraft && <Details id={id} answer={answer} onChange={onChange} />}
      {answer && (
        <button type="button" class="link-button" onClick={() => {
            setNaDraft(false);
            onChange(null);
          }}>
          {m.q.clear}
        </button>
      )}
    </fieldset>
  );
}
