import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareVersions,
  findInstrument,
  instruments,
  latestInstrument,
  latestOf,
  listInstruments,
  summarize,
} from "../../../functions/core/instrument/catalogue.ts";
import { unPeaceOpsReadiness2026_1 } from "../../../functions/core/instrument/content/un-peace-ops-readiness-2026-1.ts";
import { parseInstrument } from "../../../functions/core/instrument/integrity.ts";
import type { Instrument } from "../../../functions/core/instrument/schema.ts";
import { scoreAssessment } from "../../../functions/core/scoring/score-report.ts";
import { sensitivity } from "../../../functions/core/scoring/sensitivity.ts";
import { answersArb } from "../support/arbitraries.ts";

/** Any choice of options for each of the instrument's profile questions. */
const profileOf = (instrument: Instrument) =>
  fc.record(
    Object.fromEntries(
      instrument.profile.map((q) => [
        q.id,
        fc.subarray(
          q.options.map((o) => o.id),
          { minLength: 1 },
        ),
      ]),
    ),
  );

describe("instrument catalogue", () => {
  it.each(instruments.map((i) => [`${i.id}@${i.version}`, i] as const))("publishes %s only if it parses", (_n, i) => {
    expect(parseInstrument(structuredClone(i))).toEqual(i);
  });

  it("holds the parsed v1 instrument", () => {
    expect(instruments.map((i) => `${i.id}@${i.version}`)).toContain("un-peace-ops-readiness@2026.1");
    expect(findInstrument("un-peace-ops-readiness", "2026.1")).toEqual(unPeaceOpsReadiness2026_1);
  });

  it.each([
    ["un-peace-ops-readiness", "2025.1"],
    ["no-such-instrument", "2026.1"],
  ])("finds nothing for %s@%s", (id, version) => {
    expect(findInstrument(id, version)).toBeUndefined();
  });

  it("returns the latest version of a known instrument and nothing for an unknown one", () => {
    expect(latestInstrument("un-peace-ops-readiness")?.version).toBe("2026.2");
    expect(latestInstrument("no-such-instrument")).toBeUndefined();
  });

  it("lists summaries of every instrument", () => {
    expect(listInstruments()).toContainEqual({
      id: "un-peace-ops-readiness",
      version: "2026.1",
      title: unPeaceOpsReadiness2026_1.title,
    });
    expect(listInstruments()).toHaveLength(instruments.length);
  });

  it("picks the highest version and orders summaries by id, newest first", () => {
    const make = (id: string, version: string) => ({ ...structuredClone(unPeaceOpsReadiness2026_1), id, version });
    const list = [
      make("b-tool", "2026.2"),
      make("a-tool", "2026.9"),
      make("b-tool", "2026.10"),
      make("a-tool", "2027.1"),
    ];
    expect(latestOf(list, "b-tool")?.version).toBe("2026.10");
    expect(latestOf(list, "c-tool")).toBeUndefined();
    expect(summarize(list).map((s) => `${s.id}@${s.version}`)).toEqual([
      "a-tool@2027.1",
      "a-tool@2026.9",
      "b-tool@2026.10",
      "b-tool@2026.2",
    ]);
  });

  it.each(instruments.map((i) => [i.version, i] as const))(
    "leaves %s as published after reports, roadmaps and sensitivity (its arrays are read-only by type, not frozen)",
    (_, instrument) => {
      const before = structuredClone(instrument);
      fc.assert(
        fc.property(answersArb(instrument), profileOf(instrument), (answers, profile) => {
          const capacity = { "0-6": 3, "6-18": 6, "18-36": 12 };
          for (const method of ["1.0.0", "1.1.0"] as const)
            scoreAssessment(instrument, answers, profile, { method, capacity });
          sensitivity(instrument, answers, profile, { draws: 5, seed: 1 });
        }),
        { numRuns: 40 },
      );
      expect(instrument).toEqual(before);
    },
  );

  it("keeps published instruments immutable", () => {
    const instrument = findInstrument("un-peace-ops-readiness", "2026.1")!;
    const indicator = instrument.dimensions[0]!.indicators[0]!;
    expect(Object.isFrozen(instrument)).toBe(true);
    expect(Reflect.set(indicator, "weight", 9)).toBe(false);
    expect(Reflect.set(indicator.levels[0], "en", "changed")).toBe(false);
    expect(indicator.weight).toBe(unPeaceOpsReadiness2026_1.dimensions[0]!.indicators[0]!.weight);
  });

  it.each([
    ["2026.1", "2026.1", 0],
    ["2026.1", "2026.2", -1],
    ["2026.10", "2026.9", 1],
    ["2027.1", "2026.12", 1],
  ])("compares versions %s and %s", (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });
});
