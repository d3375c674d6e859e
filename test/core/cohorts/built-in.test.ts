import { describe, expect, it } from "vitest";
import {
  builtInCohorts,
  findBuiltInCohort,
  isUnMemberState,
  memberStateName,
  unRegionalGroupOf,
} from "../../../functions/core/cohorts/built-in.ts";

describe("builtInCohorts", () => {
  it("offers all member states and the five regional groups, in that order", () => {
    expect(builtInCohorts.map((c) => c.id)).toEqual([
      "all",
      "african",
      "asia-pacific",
      "eastern-european",
      "latin-american-caribbean",
      "western-european-others",
    ]);
    for (const cohort of builtInCohorts) {
      expect(cohort.kind).toBe("built-in");
      expect(cohort.name.en.length).toBeGreaterThan(0);
      expect([...cohort.countries]).toEqual([...cohort.countries].sort());
    }
  });

  it("partitions `all` into the five groups", () => {
    const [all, ...groups] = builtInCohorts;
    expect(all!.countries).toHaveLength(193);
    const union = groups.flatMap((g) => g.countries).sort();
    expect(union).toEqual([...all!.countries]);
    expect(groups.map((g) => g.countries.length)).toEqual([54, 54, 23, 33, 29]);
  });

  it.each([
    ["CAN", "western-european-others"],
    ["USA", "western-european-others"],
    ["TUR", "western-european-others"],
    ["ISR", "western-european-others"],
    ["BRA", "latin-american-caribbean"],
    ["IND", "asia-pacific"],
    ["KIR", "asia-pacific"],
    ["CYP", "asia-pacific"],
    ["POL", "eastern-european"],
    ["NGA", "african"],
  ])("puts %s in %s", (code, group) => {
    expect(unRegionalGroupOf(code)).toBe(group);
    expect(findBuiltInCohort(group)!.countries).toContain(code);
  });

  it("is frozen, since every request shares it", () => {
    const cohort = findBuiltInCohort("all")!;
    expect(Object.isFrozen(builtInCohorts)).toBe(true);
    expect(Object.isFrozen(cohort)).toBe(true);
    expect(Object.isFrozen(cohort.countries)).toBe(true);
  });
});

describe("look-ups", () => {
  it("finds built-in cohorts by id only", () => {
    expect(findBuiltInCohort("african")?.name.en).toBe("African Group");
    expect(findBuiltInCohort("nordic")).toBeUndefined();
    expect(findBuiltInCohort("ALL")).toBeUndefined();
  });

  it.each([
    ["CAN", true, "Canada"],
    ["CIV", true, "Côte d'Ivoire"],
    ["TUR", true, "Türkiye"],
    ["can", false, undefined],
    ["PSE", false, undefined],
    ["VAT", false, undefined],
    ["XKX", false, undefined],
    ["", false, undefined],
  ])("knows whether %s is a member state", (code, member, name) => {
    expect(isUnMemberState(code)).toBe(member);
    expect(memberStateName(code)).toBe(name);
    if (!member) expect(unRegionalGroupOf(code)).toBeUndefined();
  });
});
