import { describe, expect, it } from "vitest";
import { scoreCodebook, scoreTable } from "../../../functions/core/exports/score-table.ts";
import { instruments } from "../../../functions/core/instrument/catalogue.ts";
import type { Instrument } from "../../../functions/core/instrument/schema.ts";
import { instrument } from "../statistics/fixtures.ts";
import { publication } from "../statistics/publication-fixtures.ts";

/** A later version of the fixture instrument that drops r-b and adds a dimension. */
const later: Instrument = {
  ...instrument,
  version: "2026.1",
  dimensions: [
    { ...instrument.dimensions[0]!, indicators: [instrument.dimensions[0]!.indicators[1]!] },
    instrument.dimensions[1]!,
    {
      ...instrument.dimensions[1]!,
      id: "extra",
      indicators: [{ ...instrument.dimensions[1]!.indicators[0]!, id: "x-a" }],
    },
  ],
};

describe("scoreTable", () => {
  const table = scoreTable([instrument, later]);
  const names = table.columns.map((c) => c.name);

  it("has unique snake_case columns: identification, overall, per dimension, per indicator", () => {
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(0, 9)).toEqual([
      "country",
      "country_name",
      "un_regional_group",
      "cycle",
      "instrument_id",
      "instrument_version",
      "method_version",
      "snapshot_id",
      "submitted_at",
    ]);
    expect(names).toEqual(expect.arrayContaining(["risk_index", "extra_stage", "r_b_level", "x_a_level"]));
    expect(names.every((n) => /^[a-z0-9_]+$/.test(n))).toBe(true);
  });

  it("says which instrument versions fill each column", () => {
    const column = (name: string) => table.columns.find((c) => c.name === name)!;
    expect(column("r_b_level").appliesTo).toEqual(["test@2025.1"]);
    expect(column("x_a_level").appliesTo).toEqual(["test@2026.1"]);
    expect(column("r_a_level").appliesTo).toEqual(["test@2025.1", "test@2026.1"]);
    expect(column("extra_index").appliesTo).toEqual(["test@2026.1"]);
  });

  it("fills a row in column order, blank where the publication has no value", () => {
    const p = publication("CIV", "public", { risk: 12.5, adaptive: null }, { "r-a": { level: "unknown" } });
    const cells = table.cells(p);
    expect(cells).toHaveLength(names.length);
    const record = table.record(p);
    expect(Object.keys(record)).toEqual(names);
    expect(record).toMatchObject({
      country: "CIV",
      country_name: "Côte d'Ivoire",
      un_regional_group: "african",
      risk_index: 12.5,
      risk_stage: 1,
      adaptive_index: null,
      extra_index: null,
      r_a_level: "unknown",
      r_b_level: null,
      method_version: "test",
    });
    expect(table.record({ ...p, country: "XXX" })).toMatchObject({ country_name: null, un_regional_group: null });
  });
});

describe("scoreCodebook", () => {
  it("describes every column and every level of the published instruments", () => {
    const codebook = scoreCodebook(instruments);
    expect(codebook.instruments.map((i) => `${i.id}@${i.version}`)).toEqual(
      instruments.map((i) => `${i.id}@${i.version}`),
    );
    // One level column per distinct indicator id across the published versions.
    const indicatorCount = new Set(
      instruments.flatMap((i) => i.dimensions.flatMap((d) => d.indicators.map((x) => x.id))),
    ).size;
    expect(codebook.columns.filter((c) => c.type === "level")).toHaveLength(indicatorCount);
    for (const column of codebook.columns) {
      expect(column.description).toBeTruthy();
      expect(column).not.toHaveProperty("value");
    }
    const group = codebook.columns.find((c) => c.name === "un_regional_group")!;
    expect(Object.keys(group.levels!)).toHaveLength(5);
  });
});
