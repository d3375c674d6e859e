/** Where a publication set lives: one per instrument version and cycle. */
export interface SetKey {
  instrumentId: string;
  instrumentVersion: string;
  cycle: number;
}

const cycleKey = (cycle: number) => String(cycle).padStart(4, "0");
const setName = (s: SetKey) => `${s.instrumentId}#${s.instrumentVersion}#${cycleKey(s.cycle)}`;

/**
 * Key layout of the think-tank side (same table as keys.ts):
 * - publication set: `PUBSET#<instrument>#<version>#<cycle>`, one item per country (`COUNTRY#<code>`) plus the
 *   set's version counter (`#SEQ`); public entries also sit in two sparse indexes, gsi1 `PUBLIC#<instrument>#<version>`
 *   (exports, analyst cohorts) and gsi2 `PROFILE#<country>` (profiles). Pooled and private entries are in neither.
 * - materialized statistics: one item per `TREND#<cohort>#<instrument>#<version>` holding a `c<cycle>` attribute
 *   per cycle with that cycle's statistics and trend point (the prefix predates the statistics moving in; entries
 *   written before then carry no statistics and are recomputed when read).
 * - analyst cohorts: `COHORT#<id>`, listed per owner in gsi1 `COHORTS#<owner>` and for admins in gsi2 `COHORTS`.
 */
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
    pk: `TREND#${cohortId}#${instrumentId}#${instrumentVersion}`,
    sk: "TREND",
  }),
  cycleAttribute: (cycle: number) => `c${cycleKey(cycle)}`,
  cohort: (id: string) => ({ pk: `COHORT#${id}`, sk: "META" }),
  cohortsOf: (owner: string) => `COHORTS#${owner}`,
  allCohorts: "COHORTS",
};
