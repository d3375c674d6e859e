import { findBuiltInCohort } from "../core/cohorts/built-in.ts";
import { NotFoundError } from "../core/errors.ts";
import type { Instrument } from "../core/instrument/schema.ts";
import type { Publication } from "../core/publication.ts";
import type { CohortStats, TrendPoint } from "../core/statistics/cohort-stats.ts";
import { analystCohortStats, type CohortStatsView, cohortStatsView } from "../core/statistics/publication-stats.ts";

type Figures = { stats: CohortStats; trend: TrendPoint[] };
type SetKey = { instrumentId: string; instrumentVersion: string; cycle: number };

/** What cohort statistics need from the store. */
export interface CohortStatsStore {
  cohorts: { find(id: string): Promise<{ id: string; countries: string[]; createdBy: string } | undefined> };
  publications: {
    /** The materialized figures of a built-in cohort (recomputed first when stale). */
    builtInStats(cohortId: string, key: SetKey, minCount: number): Promise<Figures>;
  };
  publicPublications: { all(instrumentId: string, instrumentVersion: string): Promise<Publication[]> };
}

export interface CohortStatsRequest {
  cohortId: string;
  instrument: Instrument;
  cycle: number;
  minCount: number;
  /** Analysts read their own lists; admins anyone's. Someone else's list does not exist to an analyst. */
  reader: { role: string; subject: string };
}

/**
 * Statistics of one cohort: a built-in cohort's are read as materialized at publication; an analyst's list is
 * computed from public results only.
 */
export async function cohortStats(store: CohortStatsStore, request: CohortStatsRequest): Promise<CohortStatsView> {
  const { instrument, cycle, minCount } = request;
  const key = { instrumentId: instrument.id, instrumentVersion: instrument.version, cycle };
  const builtIn = findBuiltInCohort(request.cohortId);
  let figures: Figures;
  if (builtIn) {
    figures = await store.publications.builtInStats(builtIn.id, key, minCount);
  } else {
    const cohort = await store.cohorts.find(request.cohortId);
    const { role, subject } = request.reader;
    if (!cohort || (role !== "admin" && cohort.createdBy !== subject)) throw new NotFoundError("cohort");
    const publications = await store.publicPublications.all(instrument.id, instrument.version);
    figures = analystCohortStats({
      cohortId: cohort.id,
      countries: cohort.countries,
      instrument,
      cycle,
      publications,
      minCount,
    });
  }
  return cohortStatsView(figures.stats, figures.trend, { ...key, minCount });
}
