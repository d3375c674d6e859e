import { useState } from "preact/hooks";
import { institutions } from "#core/vocabulary.ts";
import { api } from "../api/client.ts";
import type { Answer, MyResponse } from "../api/types.ts";
import { ErrorBox, Loading, useAsync } from "../components/async.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { lt, m } from "../i18n/index.ts";
import { loadInstrument } from "../state/instruments.ts";
import { institutionFirst } from "../state/others.ts";

async function loadAll(id: string) {
  const [assessment, mine] = await Promise.all([api.assessment(id), api.myResponse(id)]);
  const instrument = await loadInstrument(assessment.instrumentId, assessment.instrumentVersion);
  return { assessment, instrument, mine };
}

const levels = ["0", "1", "2", "3", "unknown"] as const;

/**
 * An official's own answers as a respondent for an institution: kept apart from the consolidated answers, saved
 * with If-None-Match: * the first time and If-Match after. Indicators the institution owns come first.
 */
export default function RespondPage({ id }: { id: string }) {
  const state = useAsync(() => loadAll(id), [id]);
  const [mine, setMine] = useState<MyResponse | null | undefined>(undefined);
  const [draft, setDraft] = useState<{ institution?: string; answers: Record<string, Answer | null> }>({ answers: {} });
  const [status, setStatus] = useState<Error | "saved" | null>(null);
  if (state.error) return <ErrorBox error={state.error} onRetry={state.reload} />;
  if (!state.data) return <Loading />;
  const { assessment, instrument } = state.data;
  const current = mine === undefined ? state.data.mine : mine;
  const institution = draft.institution ?? current?.institution;
  const levelOf = (indicatorId: string) => {
    const a = indicatorId in draft.answers ? draft.answers[indicatorId] : current?.answers[indicatorId];
    return a ? String(a.level) : "";
  };
  const setLevel = (indicatorId: string, v: string) => {
    const answer: Answer | null =
      v === "" ? null : { level: v === "unknown" ? "unknown" : (Number(v) as 0 | 1 | 2 | 3) };
    setDraft({ ...draft, answers: { ...draft.answers, [indicatorId]: answer } });
  };
  async function save() {
    try {
      const body = { ...(institution ? { institution } : {}), answers: draft.answers };
      setMine(await api.saveMyResponse(assessment.id, current?.version ?? null, body));
      setDraft({ answers: {} });
      setStatus("saved");
    } catch (e) {
      setStatus(e as Error);
    }
  }
  return (
    <section class="respond">
      <PageTitle text={m.evidence.myResponse} />
      <div class="field inline">
        <label for="institution">{m.evidence.institution}</label>
        <select
          id="institution"
          onChange={(e) => setDraft({ ...draft, institution: (e.target as HTMLSelectElement).value })}
        >
          <option value="" selected={!institution} />
          {institutions.map((i) => (
            <option key={i} value={i} selected={institution === i}>
              {m.evidence.institutions[i]}
            </option>
          ))}
        </select>
      </div>
      {instrument.dimensions.map((d) => (
        <fieldset key={d.id}>
          <legend>{lt(d.title)}</legend>
          {institutionFirst(d.indicators, institution).map(({ indicator }) => (
            <div class="field inline" key={indicator.id}>
              <label for={`mine-${indicator.id}`}>{lt(indicator.title)}</label>
              <select
                id={`mine-${indicator.id}`}
                onChange={(e) => setLevel(indicator.id, (e.target as HTMLSelectElement).value)}
              >
                <option value="" selected={levelOf(indicator.id) === ""} />
                {levels.map((l) => (
                  <option key={l} value={l} selected={levelOf(indicator.id) === l}>
                    {l === "unknown" ? m.q.unknown : m.q.levelLabel(Number(l))}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
      ))}
      <button type="button" class="primary" onClick={() => void save()}>
        {m.evidence.saveMine}
      </button>
      {status === "saved" && (
        <p class="ok" role="status">
          {m.evidence.savedMine}
        </p>
      )}
      {status instanceof Error && <ErrorBox error={status} />}
    </section>
  );
}
