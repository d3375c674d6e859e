import { useRef, useState } from "preact/hooks";
import { api } from "../api/client.ts";
import type { Instrument, ScoreReport } from "../api/types.ts";
import { formatDate, m } from "../i18n/index.ts";
import { href, navigate } from "../router.ts";
import type { Progress } from "../state/answers.ts";
import type { SaveQueue } from "../state/save-queue.ts";
import { ReviewSummary } from "./review-summary.tsx";
import { SubmitConfirm } from "./submit-confirm.tsx";

type Phase =
  | { kind: "idle" }
  | { kind: "checking" }
  | { kind: "confirm"; report: ScoreReport }
  | { kind: "busy"; report: ScoreReport }
  | { kind: "failed"; message: string }
  | { kind: "done"; at: string };

/** Waits until every answer is saved; false (and a message) when one could not be. */
async function savedFirst(queue: SaveQueue, fail: (message: string) => void): Promise<boolean> {
  await queue.flush();
  if (!queue.dirty && queue.status !== "failed" && queue.status !== "conflict") return true;
  fail(m.q.saveFirst);
  return false;
}

/**
 * Review and submit: the answers worth a second look, then a confirmation that names the current visibility (and
 * asks for an explicit "submit anyway" below the coverage floor). One Idempotency-Key per submission, reused on retry.
 */
export function ReviewSection({
  queue,
  progress,
  instrument,
}: {
  queue: SaveQueue;
  progress: Progress;
  instrument: Instrument;
}) {
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const key = useRef(crypto.randomUUID());
  const id = queue.server.id;
  const missing = progress.total - progress.done;
  const fail = (message: string) => setPhase({ kind: "failed", message });
  async function check() {
    setPhase({ kind: "checking" });
    if (!(await savedFirst(queue, fail))) return;
    try {
      setPhase({ kind: "confirm", report: await api.score(id) });
    } catch (e) {
      fail(`${m.q.submitFailed} (${(e as Error).message})`);
    }
  }
  async function submit(report: ScoreReport) {
    setPhase({ kind: "busy", report });
    if (!(await savedFirst(queue, fail))) return;
    try {
      const snap = await api.submit(id, key.current);
      key.current = crypto.randomUUID();
      setPhase({ kind: "done", at: snap.createdAt });
      navigate(href("a", id, "results"));
    } catch (e) {
      fail(`${m.q.submitFailed} (${(e as Error).message})`);
    }
  }
  const confirming = phase.kind === "confirm" || phase.kind === "busy";
  return (
    <div class="review">
      <p>{missing === 0 ? m.q.allAnswered : m.q.unanswered(missing)}</p>
      <ReviewSummary assessmentId={id} instrument={instrument} answers={queue.answers} />
      {confirming ? (
        <SubmitConfirm
          report={phase.report}
          visibility={queue.server.visibility}
          busy={phase.kind === "busy"}
          onConfirm={() => void submit(phase.report)}
          onCancel={() => setPhase({ kind: "idle" })}
        />
      ) : (
        <button type="button" class="primary" disabled={phase.kind === "checking"} onClick={() => void check()}>
          {phase.kind === "checking" ? m.submit.checking : m.q.submit}
        </button>
      )}
      <div role="status" aria-live="polite">
        {phase.kind === "failed" && <p class="field-error">{phase.message}</p>}
        {phase.kind === "done" && <p class="ok">{m.q.submitted(formatDate(phase.at))}</p>}
      </div>
      <p>
        <a href={href("a", id, "results")}>{m.q.liveScore}</a>
      </p>
    </div>
  );
}
