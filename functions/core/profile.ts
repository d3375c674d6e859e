import type { Answer } from "./assessment.ts";
import { memberStateName, unRegionalGroupOf } from "./cohorts/built-in.ts";
import type { Publication, PublishedScore } from "./publication.ts";

/** One public snapshot as a profile shows it: its figures and answered levels, no notes, no recommendations. */
export interface ProfileSnapshot {
  id: string;
  country: string;
  cycle: number;
  instrumentId: string;
  instrumentVersion: string;
  createdAt: string;
  score: PublishedScore;
  answers: Record<string, Pick<Answer, "level">>;
}

export interface CountryProfile {
  country: string;
  name: string | undefined;
  unRegionalGroup: string | undefined;
  latest: ProfileSnapshot;
  /** The latest public snapshot of each cycle, newest cycle first (the latest included). */
  history: Omit<ProfileSnapshot, "answers" | "country">[];
}

function profileSnapshot(p: Publication): ProfileSnapshot {
  const answers: Record<string, Pick<Answer, "level">> = {};
  for (const [indicatorId, level] of Object.entries(p.levels)) answers[indicatorId] = { level };
  const { snapshotId: id, country, cycle, instrumentId, instrumentVersion, submittedAt: createdAt, score } = p;
  return { id, country, cycle, instrumentId, instrumentVersion, createdAt, score, answers };
}

/**
 * A country's public profile from its public entries, or undefined when it has none. Entries that are not
 * public are dropped here too, so a caller's slip cannot put a pooled result under a name.
 */
export function countryProfile(country: string, entries: readonly Publication[]): CountryProfile | undefined {
  const shown = entries
    .filter((p) => p.country === country && p.visibility === "public")
    .sort((a, b) => b.cycle - a.cycle || b.submittedAt.localeCompare(a.submittedAt));
  if (shown.length === 0) return undefined;
  const history = shown.map((p) => {
    const { answers: _answers, country: _country, ...summary } = profileSnapshot(p);
    return summary;
  });
  return {
    country,
    name: memberStateName(country),
    unRegionalGroup: unRegionalGroupOf(country),
    latest: profileSnapshot(shown[0]!),
    history,
  };
}
