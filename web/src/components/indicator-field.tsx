import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import type { Indicator } from "#core/instrument/schema.ts";
import { evidenceGrades } from "#core/vocabulary.ts";
import type { Answer } from "../api/types.ts";
import { lt, m } from "../i18n/index.ts";
import { IndicatorGuidance } from "./indicator-guidance.tsx";
import { SourcesEditor } from "./sources-editor.tsx";

interface Props {
  indicator: Indicator;
  number: string;
  answer: Answer | undefined;
  onChange: (answer: Answer | null) => void;
  /** What others said about this answer: a reviewer's verdict, respondents' levels. */
  children?: ComponentChildren;
}

/** The server refuses a documented level 2 or 3 without a source; such an answer waits here for one. */
function needsSource(a: Answer): boolean {
  return typeof a.level === "number" && a.level >= 2 && a.evidence === "documented" && !a.sources?.length;
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

/** A country grades its own evidence up to `documented`; `externally-verified` comes only from a review. */
const ownGrades = evidenceGrades.filter((g) => g !== "externally-verified");

function Details({ id, answer, onChange }: { id: string; answer: Answer; onChange: (a: Answer) => void }) {
  return (
    <div class="details">
      {needsSource(answer) && <p class="field-error">{m.evidence.needSource}</p>}
      {answer.level !== "unknown" && (
        <div class="field inline">
          <label for={`${id}-evidence`}>{m.q.evidence}</label>
          <select
            id={`${id}-evidence`}
            aria-describedby={`${id}-evidence-help`}
            onChange={(e) => {
              const v = (e.target as HTMLSelectElement).value as Answer["evidence"] | "";
              const { evidence: _, ...rest } = answer;
              onChange(v ? { ...rest, evidence: v } : rest);
            }}
          >
            <option value="" selected={!answer.evidence}>
              {m.q.evidenceNone}
            </option>
            {ownGrades.map((g) => (
              <option key={g} value={g} selected={answer.evidence === g}>
                {m.q.grades[g]}
              </option>
            ))}
          </select>
          <p id={`${id}-evidence-help`} class="help block">
            {m.q.evidenceHelp}
          </p>
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
      {answer.level !== "unknown" && (
        <SourcesEditor
          id={id}
          sources={answer.sources ?? []}
          onChange={(sources) => {
            const { sources: _, ...rest } = answer;
            onChange(sources.length ? { ...rest, sources } : rest);
          }}
        />
      )}
    </div>
  );
}

/** Local state for "not applicable": the server needs a reason, so the choice waits on the page until one is typed. */
function useNotApplicable(answer: Answer | undefined, onChange: (a: Answer | null) => void) {
  const [draft, setDraft] = useState(false);
  const [reason, setReasonText] = useState(answer?.reason ?? "");
  const clean = (a: Answer): Answer => JSON.parse(JSON.stringify(a)) as Answer;
  const keep = { evidence: answer?.evidence, note: answer?.note, sources: answer?.sources };
  const pick = (c: Choice) => {
    if (c !== "na") {
      setDraft(false);
      onChange(clean({ ...keep, level: c }));
    } else if (reason.trim()) onChange(clean({ ...keep, level: "na", reason: reason.trim() }));
    else setDraft(true);
  };
  const setReason = (text: string) => {
    setReasonText(text);
    setDraft(!text.trim());
    if (text.trim()) onChange(clean({ ...keep, level: "na", reason: text.trim() }));
  };
  const clear = () => {
    setDraft(false);
    onChange(null);
  };
  return { draft, reason, pick, setReason, clear };
}

function NaReason({
  id,
  reason,
  missing,
  onInput,
}: {
  id: string;
  reason: string;
  missing: boolean;
  onInput: (t: string) => void;
}) {
  return (
    <div class="field">
      <label for={`${id}-reason`}>{m.q.naReason}</label>
      <textarea
        id={`${id}-reason`}
        rows={2}
        maxLength={1000}
        value={reason}
        aria-describedby={missing ? `${id}-reason-hint` : undefined}
        onInput={(e) => onInput((e.target as HTMLTextAreaElement).value)}
      />
      {missing && (
        <p id={`${id}-reason-hint`} class="field-error">
          {m.q.naReasonNeeded}
        </p>
      )}
    </div>
  );
}

/** One indicator: the four anchored levels, "not applicable" with a reason, "don't know", evidence and a note. */
export function IndicatorField({ indicator, number, answer: saved, onChange: save, children }: Props) {
  const id = `ind-${indicator.id}`;
  const [waiting, setWaiting] = useState<Answer | null>(null);
  const answer = waiting ?? saved;
  const onChange = (a: Answer | null) => {
    if (a && needsSource(a)) return setWaiting(a);
    setWaiting(null);
    save(a);
  };
  const na = useNotApplicable(answer, onChange);
  const level = na.draft ? "na" : answer?.level;
  return (
    <fieldset id={id} class={`indicator${answer ? " answered" : ""}`}>
      <legend>
        <span class="ind-number">{number}</span> <span class="ind-title">{lt(indicator.title)}</span>
        <span class="ind-question">{lt(indicator.question)}</span>
      </legend>
      <IndicatorGuidance indicator={indicator} />
      <div class="choices">
        {choices.map((c) => (
          <label key={String(c)} class={`choice${typeof c === "number" ? " level" : " other"}`}>
            <input type="radio" name={id} value={String(c)} checked={level === c} onChange={() => na.pick(c)} />
            <span>{choiceLabel(indicator, c)}</span>
          </label>
        ))}
      </div>
      {level === "na" && <NaReason id={id} reason={na.reason} missing={na.draft} onInput={na.setReason} />}
      {answer && !na.draft && <Details id={id} answer={answer} onChange={onChange} />}
      {children}
      {answer && (
        <button type="button" class="link-button" onClick={na.clear}>
          {m.q.clear}
        </button>
      )}
    </fieldset>
  );
}
