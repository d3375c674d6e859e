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

/** JSON with object keys sorted, so that the order in which a file lists fields does not change the hash. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/** 64-bit FNV-1a over the UTF-16 code units of `text`: enough to catch an accidental edit, and pure (no hashing module needed). */
function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * FNV_PRIME) & MASK;
  }
  return hash.toString(16).padStart(16, "0");
}

/**
 * A fingerprint of an instrument version's scoring content. It is recorded when a version is published
 * (published-hashes.ts) and a test compares it with the content, so no edit slips into a published version.
 */
export function contentHash(instrument: Instrument): string {
  return `fnv1a64:${fnv1a64(canonicalJson(scoringContent(instrument)))}`;
}
