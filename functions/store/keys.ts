/**
 * Key layout of the single table, in one place. Items live under `pk`/`sk`; two overloaded indexes, `gsi1` and
 * `gsi2`, list them (functions/contract/table-contract.ts says what each index projects).
 * - assessment `ASSESSMENT#<id>`/`META`, listed per country in gsi1 `COUNTRY#<code>` and for all in gsi2
 *   `ASSESSMENTS` (sorted by cycle); its (country, cycle) claim `CLAIM#<code>#<cycle>`; its visibility audit trail
 *   in its own partition under `VISIBILITY#<at>#<id>`.
 * - snapshot `SNAPSHOT#<id>`, listed per assessment in gsi1 `SNAPSHOTS#<assessmentId>`; submit idempotency keys
 *   `IDEMPOTENCY#<assessmentId>#<key>`.
 * - publication set `PUBSET#<instrument>#<version>#<cycle>`: one item per country (`COUNTRY#<code>`) plus the set's
 *   version counter (`#SEQ`); public entries also sit in two sparse indexes, gsi1 `PUBLIC#<instrument>#<version>`
 *   (exports, analyst cohorts) and gsi2 `PROFILE#<country>` (profiles). Pooled and private entries are in neither.
 * - materialized statistics: one item per `FIGURES#<cohort>#<instrument>#<version>` with a `c<cycle>` attribute
 *   per cycle holding that cycle's statistics and trend point.
 * - analyst cohorts: `COHORT#<id>`, listed per owner in gsi1 `COHORTS#<owner>` and for admins in gsi2 `COHORTS`.
 */

/** Where a publication set lives: one per instrument version and cycle. */
export interface SetKey {
  instrumentId: string;
  instrumentVersion: string;
  cycle: number;
}

const cycleKey = (cycle: number) => String(cycle).padStart(4, "0");
const setName = (s: SetKey) => `${s.instrumentId}#${s.instrumentVersion}#${cycleKey(s.cycle)}`;

export const keys = {
  assessment: (id: string) => ({ pk: `ASSESSMENT#${id}`, sk: "META" }),
  countryCycleClaim: (country: string, cycle: number) => ({ pk: `CLAIM#${country}#${cycle}`, sk: "CLAIM" }),
  assessmentsOfCountry: (country: string) => `COUNTRY#${country}`,
  allAssessments: "ASSESSMENTS",
  cycleSort: (cycle: number, id: string) => `${cycleKey(cycle)}#${id}`,
  visibilityChange: (assessmentId: string, changedAt: string, id: string) => ({
    pk: `ASSESSMENT#${assessmentId}`,
    sk: `VISIBILITY#${changedAt}#${id}`,
  }),
  visibilityPrefix: "VISIBILITY#",
  snapshot: (id: string) => ({ pk: `SNAPSHOT#${id}`, sk: "META" }),
  snapshotsOfAssessment: (assessmentId: string) => `SNAPSHOTS#${assessmentId}`,
  timeSort: (at: string, id: string) => `${at}#${id}`,
  idempotency: (assessmentId: string, key: string) => ({ pk: `IDEMPOTENCY#${assessmentId}#${key}`, sk: "META" }),
  /** Reviews and respondents' responses live beside their assessment, read with one Query each. */
  review: (assessmentId: string, indicatorId: string) => ({
    pk: `ASSESSMENT#${assessmentId}`,
    sk: `REVIEW#${indicatorId}`,
  }),
  response: (assessmentId: string, respondent: string) => ({
    pk: `ASSESSMENT#${assessmentId}`,
    sk: `RESPONSE#${respondent}`,
  }),
  reviewPrefix: "REVIEW#",
  responsePrefix: "RESPONSE#",
};

export const thinkTankKeys = {
  setPartition: (s: SetKey) => `PUBSET#${setName(s)}`,
  publication: (s: SetKey, country: string) => ({ pk: `PUBSET#${setName(s)}`, sk: `COUNTRY#${country}` }),
  publicationPrefix: "COUNTRY#",
  setCounter: (s: SetKey) => ({ pk: `PUBSET#${setName(s)}`, sk: "#SEQ" }),
  publicOf: (instrumentId: string, instrumentVersion: string) => `PUBLIC#${instrumentId}#${instrumentVersion}`,
  publicSort: (cycle: number, country: string) => `${cycleKey(cycle)}#${country}`,
  cyclePrefix: (cycle: number) => `${cycleKey(cycle)}#`,
  profileOf: (country: string) => `PROFILE#${country}`,
  profileSort: (s: SetKey) => `${cycleKey(s.cycle)}#${s.instrumentId}#${s.instrumentVersion}`,
  figures: (cohortId: string, instrumentId: string, instrumentVersion: string) => ({
    pk: `FIGURES#${cohortId}#${instrumentId}#${instrumentVersion}`,
    sk: "FIGURES",
  }),
  cycleAttribute: (cycle: number) => `c${cycleKey(cycle)}`,
  cohort: (id: string) => ({ pk: `COHORT#${id}`, sk: "META" }),
  cohortsOf: (owner: string) => `COHORTS#${owner}`,
  allCohorts: "COHORTS",
};

/** The key attributes of the table and its indexes: never part of a domain object. */
const KEY_ATTRIBUTES = new Set(["pk", "sk", "gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk"]);

/** Strips key attributes (and any bookkeeping attributes named) so stored items come back as domain objects. */
export function withoutKeys<T>(item: Record<string, unknown>, bookkeeping: readonly string[] = []): T {
  const drop = (name: string) => KEY_ATTRIBUTES.has(name) || bookkeeping.includes(name);
  return Object.fromEntries(Object.entries(item).filter(([name]) => !drop(name))) as T;
}
