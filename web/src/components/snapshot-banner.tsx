import type { Assessment } from "../api/types.ts";
import { formatDate, m } from "../i18n/index.ts";
import { href } from "../router.ts";

/**
 * Live draft vs submitted snapshot: once an assessment was submitted, the questionnaire says which of the two others
 * see, so an edit after submission is never mistaken for a published change.
 */
export function SnapshotBanner({ assessment }: { assessment: Assessment }) {
  if (!assessment.submittedAt) return null;
  const at = formatDate(assessment.submittedAt);
  const visibility = m.visibility[assessment.visibility];
  if (assessment.status === "submitted")
    return (
      <p class="banner info" data-testid="snapshot-banner">
        {m.submit.submittedBanner(at, visibility)}
      </p>
    );
  return (
    <p class="banner warn" data-testid="snapshot-banner">
      {m.submit.liveDraft(at, visibility)} <a href={href("a", assessment.id, "q", "review")}>{m.submit.toReview}</a>
    </p>
  );
}
