import type { Snapshot } from "../core/assessment.ts";
import { whyIn } from "../core/recommendations/why-in.ts";
import type { ScoreReport, Stage } from "../core/scoring/types.ts";
import { instrumentIn } from "./instrument-language.ts";
import type { Language } from "./language.ts";
import { pinnedInstrument } from "./ownership.ts";

/** The figure with its stage name replaced, when it has one (method 1.0 reports have none). */
function withStageName<T extends { stageName?: string | null }>(figure: T, name: string | null | undefined): T {
  return name === undefined ? figure : { ...figure, stageName: name };
}

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
  const stageName = (stage: Stage | null, english: string | null | undefined) => {
    const name = instrument.stages.find((s) => s.stage === stage)?.name;
    return english === undefined ? undefined : name === undefined ? english : (name[language] ?? name.en);
  };
  return {
    ...report,
    dimensions: report.dimensions.map((d) => withStageName(d, stageName(d.stage, d.stageName))),
    overall: withStageName(report.overall, stageName(report.overall.stage, report.overall.stageName)),
    redFlags: report.redFlags.map((f) => ({ ...f, message: messages.get(f.ruleId) ?? f.message })),
    recommendations: report.recommendations.map((r) => ({ ...r, why: whyIn(r.reasons, instrument, language) })),
  };
}

/** A snapshot with its score report in `language`. */
export function snapshotIn<T extends Pick<Snapshot, "score">>(snapshot: T, language: Language): T {
  return language === "en" ? snapshot : { ...snapshot, score: reportIn(snapshot.score, language) };
}
