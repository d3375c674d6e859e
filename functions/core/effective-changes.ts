import type { Answer } from "./assessment.ts";
import { canonicalJson } from "./canonical-json.ts";
import type { Changes } from "./validate-changes.ts";

function sameAnswer(a: Answer | undefined, b: Answer | null): boolean {
  if (a === undefined || b === null) return a === undefined && b === null;
  return canonicalJson(a) === canonicalJson(b);
}

function sameOptions(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return a !== undefined && a.length === b.length && a.every((option, i) => option === b[i]);
}

function differing<T>(
  proposed: Record<string, T> | undefined,
  same: (id: string, value: T) => boolean,
): Record<string, T> | undefined {
  const kept = Object.entries(proposed ?? {}).filter(([id, value]) => !same(id, value));
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

/**
 * The part of `changes` that would change what is stored: answers (sources included) or choices equal to the stored
 * ones, key order aside, and removals of absent answers are left out. Empty when a save would change nothing, so it must not count
 * as a new version.
 */
export function effectiveChanges(
  stored: { answers: Readonly<Record<string, Answer>>; profile: Readonly<Record<string, readonly string[]>> },
  changes: Changes,
): Changes {
  const answers = differing(changes.answers, (id, answer) => sameAnswer(stored.answers[id], answer));
  const profile = differing(changes.profile, (id, options) => sameOptions(stored.profile[id], options));
  return { ...(answers ? { answers } : {}), ...(profile ? { profile } : {}) };
}

/** True when nothing would change. */
export function isEmptyChange(changes: Changes): boolean {
  return changes.answers === undefined && changes.profile === undefined;
}
