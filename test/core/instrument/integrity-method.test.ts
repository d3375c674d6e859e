import { describe, expect, it } from "vitest";
import { checkInstrumentIntegrity, parseInstrument } from "../../../functions/core/instrument/integrity.ts";
import { type Editable, freshInstrument } from "./helpers.ts";
import type { BreakCase } from "./integrity-cases.ts";

function indicatorOf(i: Editable, id: string): Editable["dimensions"][number]["indicators"][number] {
  const found = i.dimensions.flatMap((d) => d.indicators).find((x) => x.id === id);
  if (found === undefined) throw new Error(`no indicator "${id}"`);
  return found;
}

const methodRules: BreakCase[] = [
  {
    name: "naWhen on an indicator that does not allow na",
    mutate: (i) => {
      indicatorOf(i, "civilian-rosters").naAllowed = false;
    },
    problem: 'indicator "civilian-rosters" has naWhen but does not allow na',
  },
  {
    name: "gate indicator allowing na",
    mutate: (i) => {
      indicatorOf(i, "pdt-certification").naAllowed = true;
    },
    problem: 'gate indicator "pdt-certification" must not allow na',
  },
  {
    name: "naWhen naming an unknown option",
    mutate: (i) => {
      indicatorOf(i, "civilian-rosters").naWhen = {
        any: [{ profile: "contribution-type", excludes: "no-such-option" }],
      };
    },
    problem:
      'naWhen of indicator "civilian-rosters" refers to unknown option "no-such-option" of profile question "contribution-type"',
  },
  {
    name: "stages out of order",
    mutate: (i) => {
      i.stages.reverse();
    },
    problem: "stages must be 1 to 5 in order, found: 5,4,3,2,1",
  },
  {
    name: "floor target on an unknown indicator",
    mutate: (i) => {
      i.floorTargets.push({ indicatorId: "no-such-indicator", level: 2 });
    },
    problem: 'floor target refers to unknown indicator "no-such-indicator"',
  },
  {
    name: "floor target given twice",
    mutate: (i) => {
      i.floorTargets.push({ indicatorId: "pdt-certification", level: 3 });
    },
    problem: 'floor target for indicator "pdt-certification" is given twice',
  },
  {
    name: "lens weighting an unknown indicator",
    mutate: (i) => {
      i.lenses[0]!.weights["no-such-indicator"] = 2;
    },
    problem: 'lens "un-standard" refers to unknown indicator "no-such-indicator"',
  },
  {
    name: "two lenses with one id",
    mutate: (i) => {
      i.lenses[1]!.id = "un-standard";
    },
    problem: 'duplicate lens id "un-standard"',
  },
];

describe("method metadata integrity", () => {
  it.each(methodRules)("reports a $name", ({ mutate, problem }) => {
    const broken = freshInstrument();
    mutate(broken);
    expect(checkInstrumentIntegrity(broken)).toContain(problem);
  });

  it("gives every indicator of the parsed JSON naAllowed, false unless written", () => {
    const raw = JSON.parse(JSON.stringify(freshInstrument()));
    for (const d of raw.dimensions) for (const i of d.indicators) if (!i.naAllowed) delete i.naAllowed;
    delete raw.stages;
    const parsed = parseInstrument(raw);
    const flags = parsed.dimensions.flatMap((d) => d.indicators.map((i) => i.naAllowed));
    expect(flags.every((f) => typeof f === "boolean")).toBe(true);
    expect(flags.filter((f) => f)).toHaveLength(2);
    expect(parsed.stages).toEqual([]);
  });
});

describe("2026.1 method metadata", () => {
  const instrument = freshInstrument();
  const gated = new Set(instrument.dimensions.flatMap((d) => d.gates.map((g) => g.indicatorId)));

  it("names five stages and never lets a gate indicator be na", () => {
    expect(instrument.stages.map((s) => s.stage)).toEqual([1, 2, 3, 4, 5]);
    const gates = instrument.dimensions.flatMap((d) => d.indicators).filter((i) => gated.has(i.id));
    expect(gates.length).toBeGreaterThan(0);
    expect(gates.every((i) => i.naAllowed === false)).toBe(true);
  });

  it("floors the UN minimums at level 2 and has both lenses", () => {
    expect(instrument.floorTargets).toContainEqual({ indicatorId: "pdt-certification", level: 2 });
    expect(instrument.lenses.map((l) => l.id)).toEqual(["un-standard", "post-liberal"]);
  });
});
