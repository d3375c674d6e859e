import { useState } from "preact/hooks";
import type { Instrument } from "#core/instrument/schema.ts";
import { api } from "../api/client.ts";
import type { Assessment, ReviewState } from "../api/types.ts";
import { answerText } from "../components/answer-text.ts";
import { ErrorBox, Loading, useAsync } from "../components/async.tsx";
import { SourceList, VerdictBadge } from "../components/evidence-notes.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { lt, m } from "../i18n/index.ts";
import { countryLabel } from "../state/countries.ts";
import { loadInstrument } from "../state/instruments.ts";

async function loadAll(id: string) {
  const [assessment, reviews] = await Promise.all([api.assessment(id), api.reviews(id)]);
  const instrument = await loadInstrument(assessment.instrumentId, assessment.instrumentVersion);
  return { assessment, instrument, reviews: new Map(reviews.items.map((r) => [r.indicatorId, r])) };
}

/** Answered indicators, those without a current verdict first: the reviewer's queue. */
function queueOf(instrument: Instrument, assessment: Assessment, reviews: Map<string, ReviewState>) {
  const answered = instrument.dimensions.flatMap((d) => d.indicators).filter((i) => assessment.answers[i.id]);
  const open = (id: string) => !reviews.get(id) || reviews.get(id)?.stale;
  return [...answered.filter((i) => open(i.id)), ...answered.filter((i) => !open(i.id))];
}

function VerdictForm({
  assessmentId,
  indicatorId,
  onDone,
}: {
  assessmentId: string;
  indicatorId: string;
  onDone: () => void;
}) {
  const [note, setNote] = useState("");
  const [error, setError] = useState<Error | null>(null);
  const record = async (verdict: "verified" | "disputed") => {
    try {
      await api.recordReview(assessmentId, { indicatorId, verdict, ...(note.trim() ? { note: note.trim() } : {}) });
      setError(null);
      onDone();
    } catch (e) {
      setError(e as Error);
    }
  };
  return (
    <div class="verdict-form">
      <label for={`note-${indicatorId}`}>{m.evidence.note}</label>
      <textarea
        id={`note-${indicatorId}`}
        rows={2}
        maxLength={2000}
        value={note}
        onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)}
      />
      <button type="button" class="primary" onClick={() => void record("verified")}>
        {m.evidence.verify}
      </button>
      <button type="button" onClick={() => void record("disputed")}>
        {m.evidence.dispute}
      </button>
      {error && <ErrorBox error={error} />}
    </div>
  );
}

/** The reviewer's view: each answered indicator with its evidence, and verdict buttons. Answers are read-only. */
export default function ReviewPage({ id }: { id: string }) {
  const state = useAsync(() => loadAll(id), [id]);
  if (state.error) return <ErrorBox error={state.error} onRetry={state.reload} />;
  if (!state.data) return <Loading />;
  const { assessment, instrument, reviews } = state.data;
  const queue = queueOf(instrument, assessment, reviews);
  return (
    <section class="review-queue">
      <PageTitle text={m.evidence.reviewTitle(countryLabel(assessment.country), assessment.cycle)} />
      <p class="lead">{m.evidence.reviewIntro}</p>
      {queue.every((i) => reviews.get(i.id) && !reviews.get(i.id)?.stale) && <p class="ok">{m.evidence.queueDone}</p>}
      <ol>
        {queue.map((indicator) => {
          const answer = assessment.answers[indicator.id];
          return (
            <li key={indicator.id} id={`review-${indicator.id}`}>
              <h2>{lt(indicator.title)}</h2>
              <p>{answerText(answer)}</p>
              {answer?.sources && <SourceList sources={answer.sources} />}
              <VerdictBadge review={reviews.get(indicator.id)} />
              <VerdictForm assessmentId={assessment.id} indicatorId={indicator.id} onDone={state.reload} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
