import type { Assessment } from "../core/assessment.ts";
import type { Review } from "../core/evidence/reviews.ts";
import { withVerification } from "../core/evidence/verification.ts";
import { scoreAssessment } from "../core/scoring/score-report.ts";
import type { Capacity, ScoreReport } from "../core/scoring/types.ts";
import type { Language } from "./language.ts";
import { pinnedInstrument } from "./ownership.ts";
import { reportIn } from "./report-language.ts";

/** The live report of an assessment, with what its reviewers verified (and a roadmap within `capacity`, if given). */
export function verifiedReport(assessment: Assessment, reviews: readonly Review[], capacity?: Capacity): ScoreReport {
  const instrument = pinnedInstrument(assessment);
  const report = scoreAssessment(instrument, assessment.answers, assessment.profile, { capacity });
  return withVerification(report, instrument, assessment.answers, assessment.profile, reviews);
}

function scoreJson(assessment: Assessment, reviews: readonly Review[] = []): string {
  return JSON.stringify(verifiedReport(assessment, reviews));
}

/** The serialized report in `language` (English is `scoreJson`, untouched). */
export function scoreJsonIn(language: Language): (assessment: Assessment, reviews?: readonly Review[]) => string {
  if (language === "en") return scoreJson;
  return (assessment, reviews = []) => JSON.stringify(reportIn(verifiedReport(assessment, reviews), language));
}

/** The verdicts a report depends on, as one key part. */
function reviewsKey(reviews: readonly Review[]): string {
  return reviews.map((r) => `${r.indicatorId}:${r.verdict}:${r.answerFingerprint}`).join(",");
}

/**
 * A score report is a pure function of the pinned instrument, the answers, the profile and the verdicts, and every
 * change to the answers or profile bumps the assessment's version. So the serialized report is kept per
 * (assessment, version, verdicts): a page that polls the score between edits costs one lookup, not a scoring and a
 * 30 KB stringify. Least recently used entries go first beyond `maxEntries`.
 */
export function scoreMemo(maxEntries = 256, compute = scoreJson) {
  const reports = new Map<string, string>();
  return (assessment: Assessment, reviews: readonly Review[] = []): string => {
    const key = `${assessment.id}\u0000${assessment.version}\u0000${reviewsKey(reviews)}`;
    let report = reports.get(key);
    if (report === undefined) {
      report = compute(assessment, reviews);
      if (reports.size >= maxEntries) reports.delete(reports.keys().next().value as string);
    } else reports.delete(key);
    reports.set(key, report);
    return report;
  };
}
