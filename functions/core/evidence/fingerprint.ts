import type { Answer } from "../assessment.ts";

/** The answer as JSON with its keys (and its sources' keys) in one order, so equal answers give equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * A short fingerprint of an answer (level, reason, evidence, note and sources): a verdict stores the fingerprint of
 * the answer it judged, so any later change to that answer shows the verdict as stale. FNV-1a over the canonical
 * JSON, twice with different seeds (64 bits): it tells versions of one answer apart, it is not a security digest.
 */
export function answerFingerprint(answer: Answer | undefined): string {
  const text = answer === undefined ? "none" : canonical(answer);
  return fnv1a(text, 0x811c9dc5) + fnv1a(text, 0x01000193);
}

function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
