import { describe, expect, it } from "vitest";
import { countryNamesFr, unMemberStatesIn } from "../../../functions/core/cohorts/country-names-fr.ts";
import { unMemberStates } from "../../../functions/core/cohorts/un-member-states.ts";

describe("countryNamesFr", () => {
  it("names every member state and nothing else", () => {
    expect(Object.keys(countryNamesFr).sort()).toEqual(unMemberStates.map((s) => s.code).sort());
  });

  it("has unique, trimmed names with typographic apostrophes", () => {
    const names = Object.values(countryNamesFr);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(name.trim()).toBe(name);
      expect(name).not.toContain("'");
    }
  });

  it.each([
    ["CAN", "Canada"],
    ["NOR", "Norvège"],
    ["GBR", "Royaume-Uni de Grande-Bretagne et d’Irlande du Nord"],
    ["USA", "États-Unis d’Amérique"],
    ["CIV", "Côte d’Ivoire"],
    ["COD", "République démocratique du Congo"],
    ["SEN", "Sénégal"],
    ["DEU", "Allemagne"],
    ["TLS", "Timor-Leste"],
    ["BLR", "Bélarus"],
  ])("writes %s as the UN does in French (%s)", (code, name) => {
    expect(countryNamesFr[code as keyof typeof countryNamesFr]).toBe(name);
  });
});

describe("unMemberStatesIn", () => {
  it("keeps codes, groups and order and changes only the names", () => {
    const fr = unMemberStatesIn("fr");
    expect(fr.map(({ code, group }) => ({ code, group }))).toEqual(
      unMemberStates.map(({ code, group }) => ({ code, group })),
    );
    expect(fr.find((s) => s.code === "NOR")?.name).toBe("Norvège");
    expect(unMemberStatesIn("en")).toBe(unMemberStates);
    expect(Object.isFrozen(fr)).toBe(true);
    expect(Object.isFrozen(fr[0])).toBe(true);
  });
});
