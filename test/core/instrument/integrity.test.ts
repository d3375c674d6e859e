import { describe, expect, it } from "vitest";
import {
  checkInstrumentIntegrity,
  InstrumentError,
  parseInstrument,
} from "../../../functions/core/instrument/integrity.ts";
import type { Instrument } from "../../../functions/core/instrument/schema.ts";
import { dimensionOf, type Editable, freshInstrument, recommendationOf } from "./helpers.ts";
import { danglingReferences, duplicateIds, structuralRules } from "./integrity-cases.ts";

describe("checkInstrumentIntegrity", () => {
  it("reports nothing for the published content", () => {
    expect(checkInstrumentIntegrity(freshInstrument())).toEqual([]);
  });

  it.each([...duplicateIds, ...danglingReferences, ...structuralRules])("reports a $name", ({ mutate, problem }) => {
    const broken = freshInstrument();
    mutate(broken);
    expect(checkInstrumentIntegrity(broken)).toContain(problem);
  });

  it("reports every problem at once rather than stopping at the first", () => {
    const broken = freshInstrument();
    for (const { mutate } of [duplicateIds[0]!, danglingReferences[5]!, structuralRules[0]!]) mutate(broken);
    expect(checkInstrumentIntegrity(broken).length).toBeGreaterThanOrEqual(3);
  });
});

describe("parseInstrument", () => {
  it("returns a valid instrument equal to its input", () => {
    const raw = freshInstrument();
    expect(parseInstrument(raw)).toEqual(raw);
  });

  it.each<[string, (i: Editable) => void, RegExp]>([
    [
      "a non-positive weight",
      (i) => {
        dimensionOf(i, "risk-tolerance").indicators[0]!.weight = 0;
      },
      /weight/,
    ],
    [
      "a text without English",
      (i) => {
        i.title = { fr: "Préparation" } as unknown as Instrument["title"];
      },
      /title\.en/,
    ],
    [
      "a level list of three",
      (i) => {
        dimensionOf(i, "risk-tolerance").indicators[0]!.levels.pop();
      },
      /levels/,
    ],
    [
      "an id that is not kebab-case",
      (i) => {
        recommendationOf(i, "pki-training").id = "PKI_training";
      },
      /kebab-case/,
    ],
  ])("rejects %s through the schema", (_, mutate, message) => {
    const broken = freshInstrument();
    mutate(broken);
    expect(() => parseInstrument(broken)).toThrow(/does not match the schema/);
    expect(() => parseInstrument(broken)).toThrow(message);
  });

  it("rejects input that is not an object", () => {
    expect(() => parseInstrument("instrument")).toThrow(/\(root\)/);
  });

  it("rejects an instrument that passes the schema but fails integrity, listing the problems", () => {
    const broken = freshInstrument();
    recommendationOf(broken, "pki-training").prerequisites.push("pki-training");
    const error = (() => {
      try {
        parseInstrument(broken);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InstrumentError);
    expect((error as InstrumentError).problems).toEqual(["prerequisite cycle: pki-training -> pki-training"]);
    expect((error as InstrumentError).message).toContain("un-peace-ops-readiness@2026.1 failed integrity checks");
  });
});
