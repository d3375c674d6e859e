import { useEffect, useRef, useState } from "preact/hooks";
import type { ScoreReport, Visibility } from "../api/types.ts";
import { m } from "../i18n/index.ts";
import { belowFloor, COVERAGE_FLOOR } from "../state/review.ts";
import { visibilityHelp } from "./visibility-control.tsx";

/**
 * The last step before a snapshot is kept: what submitting does, who will see it under the current visibility, and,
 * below the coverage floor, an explicit "submit anyway" that must be ticked.
 */
export function SubmitConfirm({
  report,
  visibility,
  busy,
  onConfirm,
  onCancel,
}: {
  report: ScoreReport;
  visibility: Visibility;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const low = belowFloor(report);
  const [understood, setUnderstood] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const pct = Math.round((report.overall.coverage ?? 0) * 100);
  return (
    <section class="submit-confirm card" aria-labelledby="submit-confirm-title">
      <h3 id="submit-confirm-title" tabIndex={-1} ref={heading}>
        {m.submit.confirmTitle}
      </h3>
      <p>{m.submit.whatHappens}</p>
      <p>
        <strong>{m.submit.visibilityNow(m.visibility[visibility])}</strong> {visibilityHelp(visibility)}
      </p>
      {low && (
        <>
          <p class="banner warn">{m.submit.belowFloor(pct, Math.round(COVERAGE_FLOOR * 100))}</p>
          <label class="choice confirm">
            <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.currentTarget.checked)} />
            <span>{m.submit.belowFloorConfirm}</span>
          </label>
        </>
      )}
      <p class="actions">
        <button type="button" class="primary" disabled={busy || (low && !understood)} onClick={onConfirm}>
          {busy ? m.q.submitting : m.submit.confirm}
        </button>
        <button type="button" onClick={onCancel}>
          {m.submit.cancel}
        </button>
      </p>
    </section>
  );
}
