import { api } from "../api/client.ts";
import type { Assessment, Instrument } from "../api/types.ts";
import { loadInstrument } from "./instruments.ts";
import { loadOthers, type Others } from "./others.ts";

export interface QuestionnaireData {
  assessment: Assessment;
  instrument: Instrument;
  others: Others;
}

/** The assessment and what others said about it at once; then its instrument (cached per version). */
async function fetchAll(id: string): Promise<QuestionnaireData> {
  const [assessment, others] = await Promise.all([api.assessment(id), loadOthers(id)]);
  const instrument = await loadInstrument(assessment.instrumentId, assessment.instrumentVersion);
  return { assessment, instrument, others };
}

/** How long a fetch started at page load may stand in for the questionnaire's own. */
const FRESH_MS = 10_000;
let early: { id: string; at: number; data: Promise<QuestionnaireData> } | null = null;

/**
 * Started by main.tsx while the app's config is still loading, when the address opens a questionnaire and a
 * signed-in official or administrator is remembered: the first question then waits for one round trip less.
 */
export function prefetchQuestionnaire(route: string[], role: string | undefined): void {
  const [head, id, sub] = route;
  if (head !== "a" || !id || (sub !== undefined && sub !== "q")) return;
  if (role !== "official" && role !== "admin") return;
  const data = fetchAll(id);
  data.catch(() => undefined); // a failed early fetch is simply made again by the page
  early = { id, at: Date.now(), data };
}

/** The questionnaire's data: the early fetch once, when it is for this assessment and recent; otherwise fetched. */
export function loadQuestionnaire(id: string): Promise<QuestionnaireData> {
  const started = early;
  early = null;
  if (started && started.id === id && Date.now() - started.at < FRESH_MS) return started.data.catch(() => fetchAll(id));
  return fetchAll(id);
}
