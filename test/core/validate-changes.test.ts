import { describe, expect, it } from "vitest";
import { validateChanges } from "../../functions/core/validate-changes.ts";
import { dimension, indicator, instrument, readinessQuestion } from "./support/instrument-builder.ts";

const regions = {
  id: "regions",
  text: { en: "Regions" },
  kind: "multi" as const,
  options: [
    { id: "africa", label: { en: "Africa" } },
    { id: "asia", label: { en: "Asia" } },
  ],
};
const inst = instrument({ dimensions: [dimension("d", [indicator("a")])], profile: [readinessQuestion, regions] });

describe("validateChanges", () => {
  it.each([
    [{ answers: { a: { level: 1 as const } }, profile: { regions: ["africa", "asia"] } }, []],
    [{ answers: { a: null } }, []],
    [
      { answers: { zz: { level: 1 as const } } },
      [{ field: "answers.zz", message: "no such indicator in this instrument" }],
    ],
    [{ profile: { nope: [] } }, [{ field: "profile.nope", message: "no such profile question in this instrument" }]],
    [{ profile: { regions: ["mars"] } }, [{ field: "profile.regions", message: "unknown option(s): mars" }]],
    [{ profile: { regions: ["asia", "asia"] } }, [{ field: "profile.regions", message: "an option is repeated" }]],
    [
      { profile: { "target-readiness": ["initial", "rapid"] } },
      [{ field: "profile.target-readiness", message: "choose at most one option" }],
    ],
    [{}, []],
  ])("%j → %j", (changes, problems) => {
    expect(validateChanges(inst, changes)).toEqual(problems);
  });
});
