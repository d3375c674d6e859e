import { api } from "../api/client.ts";
import type { Assessment, Instrument } from "../api/types.ts";
import { loadInstrument, newestInstrument } from "./instruments.ts";
import { loadMyInstitution } from "./others.ts";

/** What the questionnaire needs for its first render; others' verdicts and responses follow (see loadOthers). */
export interface QuestionnaireData {
  assessment: Assessment;
  instrument: Instrument;
  /** The caller's own institution as a respondent: it sets the order of indicators, so it comes before the first render. */
  institution: string | undefined;
}

/** The assessment then its instrument (cached per version), the caller's institution beside them. */
async function fetchFirstView(id: string): Promise<QuestionnaireData> {
  const assessment = api.assessment(id);
  const institution = loadMyInstitution(id);
  const instrument = assessment.then((a) => loadInstrument(a.instrumentId, a.instrumentVersion));
  // All at once: awaiting one by one left a failed instrument (after a failed assessment) rejected unheard.
  const [a, i, mine] = await Promise.all([assessment, instrument, institution]);
  return { assessment: a, instrument: i, institution: mine };
}

/** How long a fetch started at page load may stand in for the questionnaire's own. */
const FRESH_MS = 10_000;
let early: { id: string; at: number; data: Promise<QuestionnaireData>; value?: QuestionnaireData } | null = null;

/**
 * Started by main.tsx while the app's config is still loading, when the address opens a questionnaire and a
 * signed-in official or administrator is remembered: the first question then waits for two round trips less.
 * Returns a promise settled once the data has arrived (or failed), so that the first render can show it.
 */
export function prefetchQuestionnaire(route: string[], role: string | undefined): Promise<unknown> | undefined {
  const [head, id, sub] = route;
  if (head !== "a" || !id || (sub !== undefined && sub !== "q")) return undefined;
  if (role !== "official" && role !== "admin") return undefined;
  // Most assessments being filled in use the newest instrument: asking for it beside the assessment saves a round
  // trip before the first question. When the assessment turns out to use another version, that one is fetched.
  const newest = newestInstrument();
  if (newest) loadInstrument(newest.id, newest.version).catch(() => undefined);
  const data = fetchFirstView(id);
  const started = { id, at: Date.now(), data } as NonNullable<typeof early>;
  early = started;
  // A failed early fetch is simply made again by the page.
  return data.then(
    (value) => {
      started.value = value;
    },
    () => undefined,
  );
}

/** The early fetch's data when it has already arrived for this assessment (the page then renders it at once). */
export function arrivedQuestionnaire(id: string): QuestionnaireData | null {
  const started = early;
  if (!started?.value || started.id !== id || Date.now() - started.at >= FRESH_MS) return null;
  early = null;
  return started.value;
}

/** The questionnaire's data: the early fetch once, when it is for this assessment and recent; otherwise fetched. */
export function loadQuestionnaire(id: string): Promise<QuestionnaireData> {
  const started = early;
  early = null;
  if (started && started.id === id && Date.now() - started.at < FRESH_MS)
    return started.data.catch(() => fetchFirstView(id));
  return fetchFirstView(id);
}
