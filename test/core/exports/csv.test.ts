import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvField, csvRecord, neutralised } from "../../../functions/core/exports/csv.ts";
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
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", '"\'\r=1"'],
    [-3, "-3"],
    ["a=b", "a=b"],
  ])("writes %j as %j", (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it("ends every record with CRLF", () => {
    expect(csvRecord(["a", 1, null, "x,y"])).toBe('a,1,,"x,y"\r\n');
  });

  it("never starts a text field with a formula character, and changes nothing else", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const [read] = parseCsv(csvRecord([text])) as [string[]];
        const cell = read[0] as string;
        expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
        expect(cell === text || cell === `'${text}`).toBe(true);
      }),
    );
  });

  it("round-trips any text through a conforming reader", () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('"', ",", "\r\n", '""', "\n"), fc.integer().map(String));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }), (rows) => {
        expect(parseCsv(rows.map((r) => csvRecord(r)).join(""))).toEqual(rows.map((r) => r.map(neutralised)));
      }),
      { numRuns: 300 },
    );
  });
});
