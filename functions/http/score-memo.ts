import type { Assessment } from "../core/assessment.ts";
import { scoreAssessment } from "../core/scoring/score-report.ts";
import type { Language } from "./language.ts";
import { pinnedInstrument } from "./ownership.ts";
import { reportIn } from "./report-language.ts";

function scoreJson(assessment: Assessment): string {
  return JSON.stringify(scoreAssessment(pinnedInstrument(assessment), assessment.answers, assessment.profile));
}

/** The serialized report in `language` (English is `scoreJson`, untouched). */
export function scoreJsonIn(language: Language): (assessment: Assessment) => string {
  if (language === "en") return scoreJson;
  return (assessment) =>
    JSON.stringify(
      reportIn(scoreAssessment(pinnedInstrument(assessment), assessment.answers, assessment.profile), language),
    );
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
