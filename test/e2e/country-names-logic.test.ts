import { afterEach, describe, expect, it } from "vitest";
import { byPublicName, publicCountries } from "../../web/src/analyst/public-countries.tsx";
import type { PublicScoreRow } from "../../web/src/api/types.ts";
import { setLocale } from "../../web/src/i18n/index.ts";
import { compareNames } from "../../web/src/state/countries.ts";

/** Country names sort as the reader's language sorts them (pure checks, no browser). */
describe("country names in the reader's language", () => {
  afterEach(async () => {
    await setLocale("en");
  });

  it("sorts French names with the French collation (accented capitals among their letter)", async () => {
    await setLocale("fr");
    const names = ["Suède", "Zambie", "Égypte", "États-Unis d’Amérique", "Espagne", "Allemagne"];
    expect([...names].sort(compareNames)).toEqual([
      "Allemagne",
      "Égypte",
      "Espagne",
      "États-Unis d’Amérique",
      "Suède",
      "Zambie",
    ]);
  });

  it("lists each public country once, at its latest cycle, and shows the export's name until names arrive", () => {
    const row = (country: string, country_name: string, cycle: number) =>
      ({ country, country_name, cycle, un_regional_group: "african" }) as unknown as PublicScoreRow;
    const list = publicCountries([row("ZMB", "Zambia", 2024), row("EGY", "Egypt", 2023), row("ZMB", "Zambia", 2025)]);
    expect(list).toHaveLength(2);
    expect(list.find((c) => c.code === "ZMB")?.latest.cycle).toBe(2025);
    expect(byPublicName(list).map((c) => c.code)).toEqual(["EGY", "ZMB"]);
  });
});
