import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvField, csvRecord } from "../../../functions/core/exports/csv.ts";
import { parseCsv } from "../../support/csv.ts";

describe("RFC 4180 CSV", () => {
  it.each([
    [null, ""],
    ["", ""],
    [0, "0"],
    [33.33, "33.33"],
    ["Côte d'Ivoire", "Côte d'Ivoire"],
    ["Bolivia (Plurinational State of)", "Bolivia (Plurinational State of)"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\r", '"cr\r"'],
  ])("writes %j as %j", (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it("ends every record with CRLF", () => {
    expect(csvRecord(["a", 1, null, "x,y"])).toBe('a,1,,"x,y"\r\n');
  });

  it("round-trips any text through a conforming reader", () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('"', ",", "\r\n", '""', "\n"), fc.integer().map(String));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }), (rows) => {
        expect(parseCsv(rows.map((r) => csvRecord(r)).join(""))).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});
