import { describe, expect, it } from "vitest";
import { unMemberStates, unRegionalGroups } from "../../../functions/core/cohorts/un-member-states.ts";

const countIn = (group: string) => unMemberStates.filter((s) => s.group === group).length;

describe("unMemberStates", () => {
  it("lists all 193 member states", () => {
    expect(unMemberStates).toHaveLength(193);
  });

  it.each([
    ["african", 54],
    // 54 including Kiribati, which joined the group in 2010 (the often-quoted 53 predates it).
    ["asia-pacific", 54],
    ["eastern-european", 23],
    ["latin-american-caribbean", 33],
    // 28 members plus the United States, counted with WEOG for elections.
    ["western-european-others", 29],
  ])("has %s members in %s", (group, count) => {
    expect(countIn(group)).toBe(count);
  });

  it("puts every state in exactly one of the five groups", () => {
    expect(unRegionalGroups.reduce((sum, g) => sum + countIn(g), 0)).toBe(193);
  });

  it("uses unique, well-formed ISO 3166-1 alpha-3 codes and unique names", () => {
    const codes = unMemberStates.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{3}$/);
    const names = unMemberStates.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name.trim()).toBe(name);
  });

  it("excludes observer states", () => {
    const codes = unMemberStates.map((s) => s.code);
    expect(codes).not.toContain("VAT");
    expect(codes).not.toContain("PSE");
  });

  it("is frozen, since every request shares it", () => {
    expect(Object.isFrozen(unMemberStates)).toBe(true);
    expect(Object.isFrozen(unMemberStates[0])).toBe(true);
  });
});
