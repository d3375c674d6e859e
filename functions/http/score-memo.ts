import type { Assessment } from "../core/assessment.ts";
import { scoreAssessment } from "../core/scoring/score-report.ts";
import { pinnedInstrument } from "./ownership.ts";

function scoreJson(assessment: Assessment): string {
  return JSON.stringify(scoreAssessment(pinnedInstrument(assessment), assessment.answers, assessment.profile));
}

/**
 * A score report is a pure function of the pinned instrument, the answers and the profile, and every change to the
 * answers or profile bumps the assessment's version. So the serialized report is kept per (assessment, version):
 * a page that polls the score between edits costs one lookup, not a scoring and a 30 KB stringify. Least recently
 * used entries go first beyond `maxEntries`.
 */
export function scoreMemo(maxEntries = 256, compute = scoreJson) {
  const reports = new Map<string, string>();
  return (assessment: Assessment): string => {
    const key = `${assessment.id}\u0000${assessment.version}`;
    let report = reports.get(key);
    if (report === undefined) {
      report = compute(assessment);
      if (reports.size >= maxEntries) reports.delete(reports.keys().next().value as string);
    } else reports.delete(key);
    reports.set(key, report);
    return report;
  };
}
