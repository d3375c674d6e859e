import { canonicalJson, fnv1a64 } from "../canonical-json.ts";
import type { Instrument } from "./schema.ts";

/**
 * The part of an instrument that decides scores: indicator ids, weights and level texts (English, the authored
 * language), gates, risk rules and recommendation triggers and prerequisites. Titles, guidance, sources,
 * translations, stage descriptors and targets are metadata that may be added to a published version.
 */
export function scoringContent(instrument: Instrument): unknown {
  return {
    id: instrument.id,
    version: instrument.version,
    dimensions: instrument.dimensions.map((d) => ({
      id: d.id,
      weight: d.weight,
      indicators: d.indicators.map((i) => ({ id: i.id, weight: i.weight, levels: i.levels.map((l) => l.en) })),
      gates: d.gates.map((g) => ({ indicatorId: g.indicatorId, minLevel: g.minLevel, forStage: g.forStage })),
    })),
    riskRules: instrument.riskRules.map((r) => ({ id: r.id, severity: r.severity, when: r.when })),
    recommendations: instrument.recommendations.map((r) => ({
      id: r.id,
      triggers: r.triggers,
      prerequisites: r.prerequisites,
    })),
  };
}

/**
 * A fingerprint of an instrument version's scoring content. It is recorded when a version is published
 * (published-hashes.ts) and a test compares it with the content, so no edit slips into a published version.
 */
export function contentHash(instrument: Instrument): string {
  return `fnv1a64:${fnv1a64(canonicalJson(scoringContent(instrument)))}`;
}
