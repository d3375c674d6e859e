import { useEffect } from "preact/hooks";
import type { Instrument } from "../api/types.ts";
import { m } from "../i18n/index.ts";
import { href, navigate } from "../router.ts";
import { nextUnanswered } from "../state/answers.ts";
import type { SaveQueue } from "../state/save-queue.ts";

/** Focuses an indicator's chosen (or first) choice and centres it. */
export function focusIndicator(indicatorId: string) {
  const el = document.getElementById(`ind-${indicatorId}`);
  const input = el?.querySelector<HTMLInputElement>("input:checked") ?? el?.querySelector("input");
  if (!input) return;
  input.focus();
  el?.scrollIntoView({ block: "center" });
}

/** Runs after the section heading took focus, so the indicator asked for wins. */
export function useFocusIndicator(section: string, focus: string | undefined) {
  useEffect(() => {
    if (!focus) return;
    const frame = requestAnimationFrame(() => focusIndicator(focus));
    return () => cancelAnimationFrame(frame);
  }, [section, focus]);
}

/** "Next unanswered": jumps to the first indicator without an answer from this section on (review when none). */
export function NextUnanswered({
  queue,
  instrument,
  section,
}: {
  queue: SaveQueue;
  instrument: Instrument;
  section: string;
}) {
  const target = nextUnanswered(instrument, queue.answers, section);
  const id = queue.server.id;
  const go = () => {
    if (!target) return navigate(href("a", id, "q", "review"));
    const to = href("a", id, "q", target.dimensionId, target.indicatorId);
    if (location.hash === to) focusIndicator(target.indicatorId);
    else navigate(to);
  };
  return (
    <button type="button" class="next-unanswered" onClick={go}>
      {target ? m.q.nextUnanswered : m.q.allAnsweredGo}
    </button>
  );
}
