import { describe, expect, it } from "vitest";
import { frenchColumns } from "../../../functions/core/exports/codebook-fr.ts";
import { scoreCodebook } from "../../../functions/core/exports/score-table.ts";
import { instruments } from "../../../functions/core/instrument/catalogue.ts";
import { translateInstrument } from "../../../functions/core/instrument/translations/index.ts";

const english = scoreCodebook(instruments);
const french = scoreCodebook(
  instruments.map((i) => translateInstrument(i)),
  "fr",
);

describe("the codebook in French", () => {
  it("has the same columns, names and level keys as the English one", () => {
    expect(english.lang).toBe("en");
    expect(french.lang).toBe("fr");
    expect(french.columns.map((c) => c.name)).toEqual(english.columns.map((c) => c.name));
    french.columns.forEach((c, i) => {
      expect(Object.keys(c.levels ?? {})).toEqual(Object.keys(english.columns[i]?.levels ?? {}));
      expect(c.type).toBe(english.columns[i]?.type);
    });
  });

  it("describes every column and level in French (none left in English)", () => {
    const englishTexts = new Set(
      english.columns.flatMap((c) => [c.description, ...Object.values(c.levels ?? {})]).filter((t) => t !== ""),
    );
    const leftOver = french.columns
      .flatMap((c) => [c.description, ...Object.values(c.levels ?? {})])
      .filter((t) => englishTexts.has(t));
    expect(leftOver).toEqual([]);
    expect(french.title).toBe("Scores publics Reengage");
    expect(french.instruments[0]?.title).toMatch(/opérations de paix des Nations Unies/);
    const caveats = french.columns.find((c) => c.name === "national_caveats_level");
    expect(caveats?.description).toMatch(/^Réponse à l’indicateur national-caveats : Restrictions nationales/);
    expect(french.columns.find((c) => c.name === "un_regional_group")?.levels?.african).toBe(
      "Groupe des États d’Afrique",
    );
  });

  it("leaves a column it cannot name unchanged, so the test above catches it", () => {
    const column = { name: "something_new", type: "string" as const, description: "New" };
    expect(frenchColumns([column], instruments)).toEqual([column]);
  });
});
