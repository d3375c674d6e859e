import type { Answer, Assessment, Snapshot, Visibility } from "../../functions/core/assessment.ts";
import { findInstrument } from "../../functions/core/instrument/catalogue.ts";
import type { PublishedRow } from "../../functions/core/publication.ts";
import type { CohortStats } from "../../functions/core/statistics/cohort-stats.ts";
import { computeBuiltInFigures } from "../../functions/core/statistics/publication-stats.ts";
import { headlineRobustness } from "../../functions/core/statistics/robustness.ts";
import { createStore, type Store } from "../../functions/store/create-store.ts";
import { changeVisibility } from "../../functions/use-cases/change-visibility.ts";
import { submitAndPublish } from "../../functions/use-cases/submit-and-publish.ts";
import { sequentialIds } from "./determinism.ts";
import { startTestTable, type TestTable } from "./dynamo.ts";
import { createAssessment, type TestApp } from "./test-app.ts";

export const instrument = findInstrument("un-peace-ops-readiness", "2026.1")!;
export const INSTRUMENT = { instrumentId: instrument.id, instrumentVersion: instrument.version };
export const indicatorIds = instrument.dimensions.flatMap((d) => d.indicators.map((i) => i.id));

/** Answers from a list of levels, one per indicator in instrument order; undefined leaves an indicator unanswered. */
export function answersOf(levels: readonly (Answer["level"] | undefined)[]): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  levels.forEach((level, i) => {
    const id = indicatorIds[i];
    if (id === undefined || level === undefined) return;
    answers[id] = level === "na" ? { level, reason: "not our role" } : { level };
  });
  return answers;
}

/** Every indicator at the same level. */
export const uniformAnswers = (level: 0 | 1 | 2 | 3) => answersOf(indicatorIds.map(() => level));

let keyCounter = 0;

/** A fresh table and store for publication tests, with the store-level flows the routes run. */
export async function openPublishingStore(idPrefix: string, minCount: number) {
  const table: TestTable = await startTestTable();
  const store = createStore({
    client: table.client,
    tableName: table.tableName,
    now: () => new Date(),
    newId: sequentialIds(idPrefix),
  });
  return { table, store, flows: storeFlows(store, minCount) };
}

/** What the HTTP routes do, below HTTP: an official's submit and visibility change, through the same use cases. */
export function storeFlows(store: Store, minCount: number) {
  async function assessmentFor(country: string, cycle: number): Promise<Assessment> {
    const page = await store.assessments.list({ country, cycle, limit: 1 });
    const found = page.items[0];
    if (found) return store.assessments.get(found.id);
    return store.assessments.create({ country, cycle, ...INSTRUMENT });
  }

  async function submit(country: string, cycle: number, answers: Record<string, Answer>): Promise<Snapshot> {
    const assessment = await assessmentFor(country, cycle);
    const cleared = Object.fromEntries(Object.keys(assessment.answers).map((id) => [id, null]));
    await store.assessments.patch(assessment.id, assessment.version, { answers: { ...cleared, ...answers } });
    keyCounter += 1;
    const actor = `official-${country}`;
    return submitAndPublish(store, { assessment, idempotencyKey: `k${keyCounter}`, body: {}, actor, minCount });
  }

  async function setVisibility(country: string, cycle: number, visibility: Visibility): Promise<void> {
    const assessment = await assessmentFor(country, cycle);
    const at = new Date().toISOString();
    await changeVisibility(store, { assessment, visibility, actor: `official-${country}`, at, minCount });
  }

  return { assessmentFor, submit, setVisibility };
}

/** One country's state as the test knows it: its latest snapshot and the visibility it chose. */
export interface ModelEntry {
  snapshot?: Snapshot;
  visibility: Visibility;
}

/** The rows a brute-force recomputation uses: straight from the snapshots, pooled and public only. */
export function rowsFromModel(model: ReadonlyMap<string, ModelEntry>, members?: readonly string[]): PublishedRow[] {
  const rows: PublishedRow[] = [];
  for (const [country, entry] of model) {
    if (!entry.snapshot || entry.visibility === "private") continue;
    if (members && !members.includes(country)) continue;
    const { cycle, score, answers, evidence } = entry.snapshot;
    const robustness = headlineRobustness(entry.snapshot);
    const pooled = entry.visibility === "pooled";
    rows.push({
      country,
      cycle,
      score,
      answers,
      evidence,
      pooled,
      ...(robustness === undefined ? {} : { headlineRobustness: robustness }),
    });
  }
  return rows;
}

/** The statistics a built-in cohort must show for this model, computed from scratch over the whole set. */
export function expectedBuiltIn(
  model: ReadonlyMap<string, ModelEntry>,
  cohortId: string,
  minCount: number,
): CohortStats {
  return computeBuiltInFigures({ cohortId, instrument, rows: rowsFromModel(model), minCount });
}

/** An official's whole path through the API: start (or reuse) the cycle's assessment, answer, submit, choose. */
export async function publishViaApi(
  t: TestApp,
  country: string,
  cycle: number,
  answers: Record<string, Answer>,
  visibility: Visibility,
): Promise<Snapshot> {
  const token = await t.token("official", country);
  const listed = await t.call("GET", `/api/assessments?cycle=${cycle}`, { token });
  const existing = ((await listed.json()) as { items: { id: string }[] }).items[0]?.id;
  const id = existing ?? (await createAssessment(t, country, cycle));
  const current = await t.call("GET", `/api/assessments/${id}`, { token });
  const held = (await current.json()) as Assessment;
  const cleared = Object.fromEntries(Object.keys(held.answers).map((k) => [k, null]));
  const patched = await t.call("PATCH", `/api/assessments/${id}`, {
    token,
    headers: { "if-match": current.headers.get("etag") as string },
    body: { answers: { ...cleared, ...answers } },
  });
  if (patched.status !== 200) throw new Error(`patch failed: ${patched.status} ${await patched.text()}`);
  keyCounter += 1;
  const submitted = await t.call("POST", `/api/assessments/${id}/submit`, {
    token,
    headers: { "idempotency-key": `api-${keyCounter}` },
    body: {},
  });
  if (submitted.status !== 201) throw new Error(`submit failed: ${submitted.status} ${await submitted.text()}`);
  const chosen = await t.call("PUT", `/api/assessments/${id}/visibility`, { token, body: { visibility } });
  if (chosen.status !== 200) throw new Error(`visibility failed: ${chosen.status} ${await chosen.text()}`);
  return (await submitted.json()) as Snapshot;
}

/** Sets the visibility of a country's assessment for a cycle through the API. */
export async function setVisibilityViaApi(t: TestApp, country: string, cycle: number, visibility: Visibility) {
  const token = await t.token("official", country);
  const listed = await t.call("GET", `/api/assessments?cycle=${cycle}`, { token });
  const id = ((await listed.json()) as { items: { id: string }[] }).items[0]!.id;
  const res = await t.call("PUT", `/api/assessments/${id}/visibility`, { token, body: { visibility } });
  if (res.status !== 200) throw new Error(`visibility failed: ${res.status}`);
}
