import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answer } from "../../functions/core/assessment.ts";
import { effectiveChanges, isEmptyChange } from "../../functions/core/effective-changes.ts";
import type { Changes } from "../../functions/core/validate-changes.ts";

const stored = {
  answers: {
    a: { level: 2, evidence: "documented" },
    b: { level: "na", reason: "none" },
    s: { level: 2, evidence: "documented", sources: [{ title: "Directive", date: "2025" }] },
  } as Record<string, Answer>,
  profile: { regions: ["africa", "asia"] },
};

/** What a merge per indicator and per question would store. */
function applied(base: typeof stored, changes: Changes) {
  const answers: Record<string, Answer> = { ...base.answers };
  for (const [id, answer] of Object.entries(changes.answers ?? {})) {
    if (answer === null) delete answers[id];
    else answers[id] = answer;
  }
  return { answers, profile: { ...base.profile, ...(changes.profile ?? {}) } };
}

describe("effectiveChanges", () => {
  it.each<[string, Changes, Changes]>([
    ["the same answer, keys reordered", { answers: { a: { evidence: "documented", level: 2 } } }, {}],
    ["removing an absent answer", { answers: { c: null } }, {}],
    [
      "the same sources, keys reordered",
      { answers: { s: { sources: [{ date: "2025", title: "Directive" }], evidence: "documented", level: 2 } } },
      {},
    ],
    [
      "a source's date changed",
      { answers: { s: { level: 2, evidence: "documented", sources: [{ title: "Directive", date: "2026" }] } } },
      { answers: { s: { level: 2, evidence: "documented", sources: [{ title: "Directive", date: "2026" }] } } },
    ],
    ["the same options", { profile: { regions: ["africa", "asia"] } }, {}],
    ["nothing", { answers: {}, profile: {} }, {}],
    [
      "a changed level",
      { answers: { a: { level: 3, evidence: "documented" } } },
      { answers: { a: { level: 3, evidence: "documented" } } },
    ],
    [
      "an added note",
      { answers: { a: { level: 2, evidence: "documented", note: "n" } } },
      { answers: { a: { level: 2, evidence: "documented", note: "n" } } },
    ],
    ["a removal", { answers: { b: null, a: { level: 2, evidence: "documented" } } }, { answers: { b: null } }],
    ["reordered options", { profile: { regions: ["asia", "africa"] } }, { profile: { regions: ["asia", "africa"] } }],
    ["a new question", { profile: { other: [] } }, { profile: { other: [] } }],
  ])("keeps only what changes: %s", (_name, changes, expected) => {
    expect(effectiveChanges(stored, changes)).toEqual(expected);
    expect(isEmptyChange(effectiveChanges(stored, changes))).toBe(Object.keys(expected).length === 0);
  });

  it("stores the same as the full changes would", () => {
    const answer = fc.oneof(
      fc.constant(null),
      fc.record(
        { level: fc.constantFrom(0, 1, 2, 3, "unknown"), evidence: fc.constantFrom("documented", "self-reported") },
        { requiredKeys: ["level"] },
      ),
    );
    const changes = fc.record(
      {
        answers: fc.dictionary(fc.constantFrom("a", "b", "c"), answer),
        profile: fc.dictionary(fc.constantFrom("regions", "other"), fc.subarray(["africa", "asia"])),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(changes, (c) => {
        const proposed = c as Changes;
        expect(applied(stored, effectiveChanges(stored, proposed))).toEqual(applied(stored, proposed));
      }),
    );
  });
});
