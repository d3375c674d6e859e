import type { Answer } from "../assessment.ts";
import { canonicalJson, fnv1a64 } from "../canonical-json.ts";

/**
 * A short fingerprint of an answer (level, reason, evidence, note and sources): a verdict stores the fingerprint of
 * the answer it judged, so any later change to that answer shows the verdict as stale. Key order does not count.
 */
export function answerFingerprint(answer: Answer | undefined): string {
  return fnv1a64(answer === undefined ? "none" : canonicalJson(answer));
}
