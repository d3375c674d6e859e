import type { Answer } from "./assessment.ts";
import { memberStateName, unRegionalGroupOf } from "./cohorts/built-in.ts";
import type { SnapshotEvidence } from "./evidence/snapshot-evidence.ts";
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
  /** Answered level and published evidence grade per indicator. */
  answers: Record<string, Pick<Answer, "level" | "evidence">>;
  /** Verified share of weight and how many officials answered. */
  evidence: Pick<SnapshotEvidence, "verifiedShare" | "respondents">;
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
  const answers: ProfileSnapshot["answers"] = {};
  for (const [indicatorId, level] of Object.entries(p.levels)) {
    const grade = p.evidence.grades[indicatorId];
    answers[indicatorId] = grade === undefined ? { level } : { level, evidence: grade };
  }
  const { snapshotId: id, country, cycle, instrumentId, instrumentVersion, submittedAt: createdAt, score } = p;
  const evidence = { verifiedShare: p.evidence.verifiedShare, respondents: p.evidence.respondents };
  return { id, country, cycle, instrumentId, instrumentVersion, createdAt, score, answers, evidence };
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
