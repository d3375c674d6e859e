import type { Instrument } from "../api/types.ts";
import { lt, m } from "../i18n/index.ts";
import { href } from "../router.ts";
import type { AnswerMap } from "../state/answers.ts";
import { countKinds, type ReviewItem, reviewItems } from "../state/review.ts";
import { answerText } from "./answer-text.ts";
import { DataTable } from "./data-table.tsx";

function titleOf(instrument: Instrument, item: ReviewItem): string {
  const dimension = instrument.dimensions.find((d) => d.id === item.dimensionId);
  return lt(dimension?.indicators.find((i) => i.id === item.indicatorId)?.title) || item.indicatorId;
}

/**
 * Before submitting: every "don't know", "not applicable" and unsourced level in one table, each linked to its
 * question, so the official sees what the snapshot will say before others do.
 */
export function ReviewSummary({
  assessmentId,
  instrument,
  answers,
}: {
  assessmentId: string;
  instrument: Instrument;
  answers: AnswerMap;
}) {
  const items = reviewItems(instrument, answers);
  const counts = countKinds(items);
  if (items.length === 0) return <p class="ok">{m.submit.nothingToCheck}</p>;
  return (
    <section class="review-summary" aria-labelledby="review-summary-title">
      <h3 id="review-summary-title">{m.submit.checkTitle}</h3>
      <p>{m.submit.counts(counts.unknown, counts.na, counts.unsourced)}</p>
      <DataTable<ReviewItem>
        caption={m.submit.checkCaption}
        csvName="answers-to-check"
        rowKey={(r) => r.indicatorId}
        rows={items}
        rowHeader={{
          key: "indicator",
          header: m.submit.indicator,
          cell: (r) => (
            <a href={href("a", assessmentId, "q", r.dimensionId, r.indicatorId)}>{titleOf(instrument, r)}</a>
          ),
          csv: (r) => titleOf(instrument, r),
        }}
        columns={[
          { key: "kind", header: m.submit.kind, cell: (r) => m.submit.kinds[r.kind] ?? r.kind },
          { key: "answer", header: m.submit.answer, cell: (r) => answerText(r.answer) },
        ]}
      />
    </section>
  );
}
