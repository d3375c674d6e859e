import { m } from "../i18n/index.ts";
import type { SaveQueue } from "../state/save-queue.ts";

/** Saving / saved / failed, announced politely; a retry button when a save failed. */
export function SaveStatus({ queue }: { queue: SaveQueue }) {
  const s = queue.status;
  const text =
    s === "saving"
      ? m.save.saving
      : s === "saved"
        ? m.save.saved
        : s === "failed"
          ? m.save.failed
          : s === "conflict"
            ? m.save.conflict
            : m.save.idle;
  return (
    <div class={`save-status ${s}`}>
      <p role="status" aria-live="polite" data-save-status={s}>
        <span class="dot" aria-hidden="true" />
        {text}
        {s === "failed" && queue.error && <span class="detail"> ({queue.error.message})</span>}
      </p>
      {s === "failed" && (
        <button type="button" onClick={() => void queue.retry()}>
          {m.save.retry}
        </button>
      )}
    </div>
  );
}
