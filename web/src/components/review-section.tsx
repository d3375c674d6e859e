import { useRef, useState } from "preact/hooks";
import { api } from "../api/client.ts";
import { formatDate, m } from "../i18n/index.ts";
import { href, navigate } from "../router.ts";
import type { Progress } from "../state/answers.ts";
import type { SaveQueue } from "../state/save-queue.ts";

type Phase = { kind: "idle" } | { kind: "busy" } | { kind: "failed"; message: string } | { kind: "done"; at: string };

/** Submits only once every answer is saved, with one Idempotency-Key per submission (reused on retry). */
export function ReviewSection({ queue, progress }: { queue: SaveQueue; progress: Progress }) {
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const key = useRef(crypto.randomUUID());
  const missing = progress.total - progress.done;
  async function submit() {
    setPhase({ kind: "busy" });
    await queue.flush();
    if (queue.dirty || queue.status === "failed" || queue.status === "conflict")
      return setPhase({ kind: "failed", message: m.q.saveFirst });
    try {
      const snap = await api.submit(queue.server.id, key.current);
      key.current = crypto.randomUUID();
      setPhase({ kind: "done", at: snap.createdAt });
      navigate(href("a", queue.server.id, "results"));
    } catch (e) {
      setPhase({ kind: "failed", message: `${m.q.submitFailed} (${(e as Error).message})` });
    }
  }
  return (
    <div class="review">
      <p>{missing === 0 ? m.q.allAnswered : m.q.unanswered(missing)}</p>
      <button type="button" class="primary" disabled={phase.kind === "busy"} onClick={() => void submit()}>
        {phase.kind === "busy" ? m.q.submitting : m.q.submit}
      </button>
      <div role="status" aria-live="polite">
        {phase.kind === "failed" && <p class="field-error">{phase.message}</p>}
        {phase.kind === "done" && <p class="ok">{m.q.submitted(formatDate(phase.at))}</p>}
      </div>
      <p>
        <a href={href("a", queue.server.id, "results")}>{m.q.liveScore}</a>
      </p>
    </div>
  );
}
