import type { ComponentChildren } from "preact";
import type { Source } from "#core/assessment.ts";
import type { Instrument } from "#core/instrument/schema.ts";
import type { Assessment, Responses, ReviewState } from "../api/types.ts";
import { lt, m } from "../i18n/index.ts";

/** A reviewer's verdict on an answer, as officials see it in the questionnaire. */
export function VerdictBadge({ review }: { review: ReviewState | undefined }) {
  if (!review) return null;
  return (
    <p class={`verdict ${review.verdict}${review.stale ? " stale" : ""}`}>
      <strong>{m.evidence.verdict[review.verdict]}</strong>
      {review.stale && <> ({m.evidence.stale})</>}
      {review.note && (
        <>
          {" "}
          · {m.evidence.reviewerNote}: {review.note}
        </>
      )}
    </p>
  );
}

/** How the country's respondents answered one indicator. */
export function RespondentsLine({ indicatorId, responses }: { indicatorId: string; responses: Responses | null }) {
  const agreement = responses?.agreement[indicatorId];
  if (!responses || !agreement) return null;
  const levels = responses.items
    .map((r) => [r.institution, r.answers[indicatorId]?.level] as const)
    .filter(([, level]) => level !== undefined);
  return (
    <div class="respondents">
      <p>
        {m.evidence.respondents(agreement.n)}, {m.evidence.spread(agreement.min, agreement.max)}
        {agreement.spread >= 2 && <strong class="field-error"> {m.evidence.disagree}</strong>}
      </p>
      <ul>
        {levels.map(([institution, level], i) => (
          <li key={i}>
            {institution ? m.evidence.institutions[institution] : "—"}: {String(level)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Sources as a list of titles, each a link when it has one. */
export function SourceList({ sources }: { sources: readonly Source[] }): ComponentChildren {
  return (
    <ul class="source-list">
      {sources.map((s, i) => (
        <li key={i}>
          {s.url ? (
            <a href={s.url} rel="noopener noreferrer" target="_blank">
              {s.title}
            </a>
          ) : (
            s.title
          )}
          {s.date && <> ({s.date})</>}
          {s.url && <span class="print-only"> {s.url}</span>}
        </li>
      ))}
    </ul>
  );
}

/** Every answer's sources, indicator by indicator: on the results page and in its print view. */
export function CitedSources({ assessment, instrument }: { assessment: Assessment; instrument: Instrument }) {
  const cited = instrument.dimensions
    .flatMap((d) => d.indicators)
    .filter((i) => assessment.answers[i.id]?.sources?.length);
  if (cited.length === 0) return <p>{m.evidence.noSources}</p>;
  return (
    <dl class="cited-sources">
      {cited.map((i) => (
        <div key={i.id}>
          <dt>{lt(i.title)}</dt>
          <dd>
            <SourceList sources={assessment.answers[i.id]?.sources ?? []} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
