import type { ProfileQuestion } from "#core/instrument/schema.ts";
import type { ProfileAnswers } from "../api/types.ts";
import { lt } from "../i18n/index.ts";

function Question({ q, value, onChange }: { q: ProfileQuestion; value: string[]; onChange: (v: string[]) => void }) {
  const id = `profile-${q.id}`;
  const toggle = (opt: string, on: boolean) =>
    onChange(
      q.kind === "single" ? [opt] : on ? [...value.filter((v) => v !== opt), opt] : value.filter((v) => v !== opt),
    );
  return (
    <fieldset id={id} class="indicator profile-question" aria-describedby={q.help ? `${id}-help` : undefined}>
      <legend>{lt(q.text)}</legend>
      {q.help && (
        <p id={`${id}-help`} class="help">
          {lt(q.help)}
        </p>
      )}
      <div class="choices">
        {q.options.map((o) => (
          <label key={o.id} class="choice">
            <input
              type={q.kind === "single" ? "radio" : "checkbox"}
              name={id}
              value={o.id}
              checked={value.includes(o.id)}
              onChange={(e) => toggle(o.id, (e.target as HTMLInputElement).checked)}
            />
            <span>{lt(o.label)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function ProfileSection({
  questions,
  profile,
  onChange,
}: {
  questions: readonly ProfileQuestion[];
  profile: ProfileAnswers;
  onChange: (p: ProfileAnswers) => void;
}) {
  return (
    <>
      {questions.map((q) => (
        <Question key={q.id} q={q} value={profile[q.id] ?? []} onChange={(v) => onChange({ ...profile, [q.id]: v })} />
      ))}
    </>
  );
}
