import { useEffect, useMemo, useState } from "preact/hooks";
import type { Instrument } from "#core/instrument/schema.ts";
import type { Assessment } from "../api/types.ts";
import { AdminEditGate } from "../components/admin-edit-gate.tsx";
import { ErrorBox, Loading, useAsync } from "../components/async.tsx";
import { CarrySummary } from "../components/carry-summary.tsx";
import { RespondentsLine, VerdictBadge } from "../components/evidence-notes.tsx";
import { IndicatorField } from "../components/indicator-field.tsx";
import { MergeView } from "../components/merge-view.tsx";
import { NextUnanswered, useFocusIndicator } from "../components/next-unanswered.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { ProfileSection } from "../components/profile-section.tsx";
import { QuestionnaireNav, sectionIds, sectionTitle } from "../components/questionnaire-nav.tsx";
import { ReviewSection } from "../components/review-section.tsx";
import { SaveStatus } from "../components/save-status.tsx";
import { SnapshotBanner } from "../components/snapshot-banner.tsx";
import { lt, m } from "../i18n/index.ts";
import { href } from "../router.ts";
import { firstUnanswered, progressOf, resumeSection } from "../state/answers.ts";
import { countryLabel } from "../state/countries.ts";
import { institutionFirst, loadOthers, noOthers, type Others } from "../state/others.ts";
import { arrivedQuestionnaire, loadQuestionnaire } from "../state/questionnaire-data.ts";
import type { SaveQueue } from "../state/save-queue.ts";
import { useSaveQueue } from "../state/use-save-queue.ts";

export function QuestionnairePage({
  id,
  section,
  focus,
  asAdmin = false,
}: {
  id: string;
  section: string | undefined;
  /** An indicator to bring into view and focus (links from the review table, the "next unanswered" shortcut). */
  focus?: string | undefined;
  /** An administrator is warned before editing a country's answers. */
  asAdmin?: boolean;
}) {
  const [arrived] = useState(() => arrivedQuestionnaire(id));
  const state = useAsync(() => loadQuestionnaire(id), [id], arrived);
  if (state.error) return <ErrorBox error={state.error} onRetry={state.reload} />;
  if (!state.data) return <Loading />;
  const page = <Questionnaire {...state.data} section={section} focus={focus} />;
  if (!asAdmin) return page;
  return (
    <AdminEditGate assessmentId={id} country={state.data.assessment.country}>
      {page}
    </AdminEditGate>
  );
}

function SectionBody({
  queue,
  instrument,
  section,
  institution,
  others,
  limit,
}: {
  queue: SaveQueue;
  instrument: Instrument;
  section: string;
  institution: string | undefined;
  others: Others;
  /** Show only this many questions (the first paint of a section, see useFirstPaintLimit). */
  limit: number | undefined;
}) {
  const progress = progressOf(instrument, queue.answers);
  if (section === "profile")
    return (
      <ProfileSection questions={instrument.profile} profile={queue.profile} onChange={(p) => queue.setProfile(p)} />
    );
  if (section === "review") return <ReviewSection queue={queue} progress={progress} instrument={instrument} />;
  const dIndex = instrument.dimensions.findIndex((d) => d.id === section);
  const dimension = instrument.dimensions[dIndex];
  if (!dimension) return <p>{m.app.notFound}</p>;
  const shown = institutionFirst(dimension.indicators, institution).slice(0, limit);
  return (
    <>
      <p class="lead">{lt(dimension.description)}</p>
      {shown.map(({ indicator: ind, n }) => (
        <IndicatorField
          key={ind.id}
          indicator={ind}
          number={`${dIndex + 1}.${n + 1}`}
          answer={queue.answers[ind.id]}
          onChange={(a) => queue.setAnswer(ind.id, a)}
        >
          <VerdictBadge review={others.reviews.get(ind.id)} />
          <RespondentsLine indicatorId={ind.id} responses={others.responses} />
        </IndicatorField>
      ))}
    </>
  );
}

function Pager({ id, instrument, section }: { id: string; instrument: Instrument; section: string }) {
  const ids = sectionIds(instrument);
  const at = ids.indexOf(section);
  const prev = ids[at - 1];
  const next = ids[at + 1];
  return (
    <div class="pager">
      {prev && (
        <a class="button" href={href("a", id, "q", prev)}>
          {m.q.previous}: {sectionTitle(instrument, prev)}
        </a>
      )}
      {next && (
        <a class="button primary" href={href("a", id, "q", next)}>
          {m.q.next}: {sectionTitle(instrument, next)}
        </a>
      )}
    </div>
  );
}

/** How many questions the first paint of a section shows; a section has up to a dozen. */
const FIRST_PAINT_QUESTIONS = 2;

/**
 * A section opened by its address first shows its first questions, and the rest once those are on screen (effects
 * run after the browser has painted): building every question of a long section before the first paint kept the
 * first question off screen for tens of milliseconds on a slow device. Not when a question further down is to take
 * focus (a "next unanswered" link, resuming where the official left off): it must be in the page at once.
 */
function useFirstPaintLimit(canDefer: boolean): number | undefined {
  const [limit, setLimit] = useState(canDefer ? FIRST_PAINT_QUESTIONS : undefined);
  useEffect(() => setLimit(undefined), []);
  return limit;
}

function useResume(assessment: Assessment, instrument: Instrument, section: string | undefined) {
  const resumed = useMemo(
    () => (section ? null : resumeSection(instrument, assessment)),
    [assessment, instrument, section],
  );
  useEffect(() => {
    if (!resumed) return;
    history.replaceState(null, "", href("a", assessment.id, "q", resumed));
    const target = firstUnanswered(instrument, assessment.answers);
    const el = target && resumed === target.dimensionId ? document.getElementById(`ind-${target.indicatorId}`) : null;
    const input = el?.querySelector("input");
    if (input) {
      input.focus();
      el?.scrollIntoView({ block: "center" });
    } else document.getElementById("section-title")?.focus();
  }, [resumed, assessment, instrument]);
  return resumed;
}

function Questionnaire({
  assessment,
  instrument,
  section,
  focus,
  institution,
}: {
  assessment: Assessment;
  instrument: Instrument;
  section: string | undefined;
  focus: string | undefined;
  institution: string | undefined;
}) {
  // Verdicts and respondents' answers are asked for once the questions are on screen (effects run after paint).
  const others = useAsync(() => loadOthers(assessment.id), [assessment.id]).data ?? noOthers;
  const queue = useSaveQueue(assessment);
  const resumed = useResume(assessment, instrument, section);
  const current = section ?? resumed ?? "profile";
  const limit = useFirstPaintLimit(section !== undefined && focus === undefined);
  const progress = progressOf(instrument, queue.answers);
  useFocusIndicator(current, focus);
  return (
    <div class="questionnaire">
      <PageTitle text={m.q.title(countryLabel(assessment.country), assessment.cycle)} focus={false} />
      <SaveStatus queue={queue} />
      <SnapshotBanner assessment={queue.server} />
      <CarrySummary assessmentId={assessment.id} instrument={instrument} />
      {resumed && resumed !== "profile" && <p class="sr-only">{m.q.resume}</p>}
      {queue.conflict && (
        <MergeView rows={queue.conflict} instrument={instrument} onApply={(c) => void queue.resolve(c)} />
      )}
      <div class="q-layout">
        <QuestionnaireNav assessmentId={assessment.id} instrument={instrument} current={current} progress={progress}>
          <NextUnanswered queue={queue} instrument={instrument} section={current} />
          <p class="help">
            <a href={href("glossary")}>{m.q.glossaryLink}</a>
          </p>
        </QuestionnaireNav>
        <section class="q-section" aria-labelledby="section-title">
          <SectionHeading key={current} text={sectionTitle(instrument, current)} />
          <SectionBody
            queue={queue}
            instrument={instrument}
            section={current}
            institution={institution}
            others={others}
            limit={limit}
          />
          <Pager id={assessment.id} instrument={instrument} section={current} />
        </section>
      </div>
    </div>
  );
}

/** The section heading takes focus when the user moves between sections. */
function SectionHeading({ text }: { text: string }) {
  useEffect(() => {
    if (!location.hash.includes("/q/") || document.activeElement?.closest("fieldset")) return;
    if (document.activeElement?.closest(".q-nav, .pager")) document.getElementById("section-title")?.focus();
  }, []);
  return (
    <h2 id="section-title" tabIndex={-1}>
      {text}
    </h2>
  );
}
