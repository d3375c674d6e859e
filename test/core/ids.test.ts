import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareIds } from "../../functions/core/ids.ts";

const kebabId = fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,6}){0,3}$/);
const roadmapId = fc.oneof(
  kebabId,
  kebabId.map((id) => `find-out:${id}`),
);

describe("compareIds", () => {
  it.each([
    ["a", "b", -1],
    ["b", "a", 1],
    ["same-id", "same-id", 0],
    ["a", "a-b", -1],
    ["a-b", "ab", -1],
    ["a9", "aa", -1],
    ["find-out:x", "funding", -1],
  ])("orders %s against %s as %i", (a, b, sign) => {
    expect(Math.sign(compareIds(a, b))).toBe(sign);
  });

  it("orders kebab-case and find-out ids as alphabetical (localeCompare) order does", () => {
    fc.assert(
      fc.property(roadmapId, roadmapId, (a, b) => {
        expect(Math.sign(compareIds(a, b))).toBe(Math.sign(a.localeCompare(b)));
      }),
    );
  });
});
