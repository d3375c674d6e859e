import type { ComponentChildren } from "preact";
import type { Instrument } from "#core/instrument/schema.ts";
import { lt, m } from "../i18n/index.ts";
import { href } from "../router.ts";
import type { Progress } from "../state/answers.ts";

export function sectionIds(instrument: Instrument): string[] {
  return ["profile", ...instrument.dimensions.map((d) => d.id), "review"];
}

export function sectionTitle(instrument: Instrument, id: string): string {
  if (id === "profile") return m.q.profile;
  if (id === "review") return m.q.review;
  return lt(instrument.dimensions.find((d) => d.id === id)?.title) || id;
}

/** Sections with per-dimension progress, and overall progress. */
export function QuestionnaireNav({
  assessmentId,
  instrument,
  current,
  progress,
  children,
}: {
  assessmentId: string;
  instrument: Instrument;
  current: string;
  progress: Progress;
  /** Shortcuts shown under the overall progress. */
  children?: ComponentChildren;
}) {
  return (
    <nav class="q-nav" aria-label={m.q.sections}>
      <p class="overall" id="overall-label">
        {m.q.overall}: {m.q.progress(progress.done, progress.total)}
      </p>
      <progress max={progress.total} value={progress.done} aria-labelledby="overall-label" />
      {children}
      <ol>
        {sectionIds(instrument).map((id) => {
          const p = progress.byDimension[id];
          return (
            <li key={id}>
              <a href={href("a", assessmentId, "q", id)} aria-current={id === current ? "step" : undefined}>
                <span class="section-name">{sectionTitle(instrument, id)}</span>
                {p && <span class="section-progress">{m.q.progress(p.done, p.total)}</span>}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
