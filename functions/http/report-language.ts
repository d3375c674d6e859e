import type { Snapshot } from "../core/assessment.ts";
import { whyIn } from "../core/recommendations/why-in.ts";
import type { ScoreReport } from "../core/scoring/types.ts";
import { instrumentIn } from "./instrument-language.ts";
import type { Language } from "./language.ts";
import { pinnedInstrument } from "./ownership.ts";

/**
 * A score report in `language`: red-flag messages carry their French and every `why` is rewritten from its reasons.
 * Reports are stored in English; the language is a matter of presentation, so a snapshot never changes.
 */
export function reportIn(report: ScoreReport, language: Language): ScoreReport {
  if (language === "en") return report;
  const instrument = instrumentIn(
    pinnedInstrument({ instrumentId: report.instrumentId, instrumentVersion: report.instrumentVersion }),
    language,
  );
  const messages = new Map(instrument.riskRules.map((r) => [r.id, r.message]));
  return {
    ...report,
    redFlags: report.redFlags.map((f) => ({ ...f, message: messages.get(f.ruleId) ?? f.message })),
    recommendations: report.recommendations.map((r) => ({ ...r, why: whyIn(r.reasons, instrument, language) })),
  };
}

/** A snapshot with its score report in `language`. */
export function snapshotIn<T extends Pick<Snapshot, "score">>(snapshot: T, language: Language): T {
  return language === "en" ? snapshot : { ...snapshot, score: reportIn(snapshot.score, language) };
}
