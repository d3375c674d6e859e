import { describe, expect, it } from "vitest";
import { answerState } from "../../../functions/core/answer-state.ts";
import type { Answers } from "../../../functions/core/assessment.ts";
import type { Dimension } from "../../../functions/core/instrument/schema.ts";
import { scoreDimension as score } from "../../../functions/core/scoring/dimension-score.ts";
import { stageForIndex } from "../../../functions/core/scoring/stages.ts";
import { dimension, indicator, instrument } from "../support/instrument-builder.ts";

/** One dimension scored on its own under method 1.0 (available-case stage), as a report scores each dimension. */
function scoreDimension(dim: Dimension, answers: Answers) {
  const states = new Map(dim.indicators.map((i) => [i.id, answerState(i, answers, {}, false)]));
  return score(instrument({ dimensions: [dim] }), dim, states, { method11: false });
}

describe("stageForIndex at every threshold", () => {
  it.each([
    [0, 1],
    [19.99, 1],
    [20, 2],
    [39.99, 2],
    [40, 3],
    [59.99, 3],
    [60, 4],
    [79.99, 4],
    [80, 5],
    [100, 5],
  ])("index %d is stage %d", (index, stage) => {
    expect(stageForIndex(index)).toBe(stage);
  });
});

describe("scoreDimension indices that land exactly on thresholds", () => {
  // Indicator a at level 3 with weight wa, indicator b at level 0 with weight wb: index = 100·wa/(wa+wb).
  it.each([
    [1, 4.01, 19.96, 1],
    [1, 4, 20, 2],
    [2, 3, 40, 3],
    [3, 2, 60, 4],
    [4, 1, 80, 5],
  ])("weights %d and %d give index %d and stage %d", (wa, wb, index, stage) => {
    const dim = dimension("d", [indicator("a", wa), indicator("b", wb)]);
    const score = scoreDimension(dim, { a: { level: 3 }, b: { level: 0 } });
    expect(score.index).toBe(index);
    expect(score.stage).toBe(stage);
    expect(score.coverage).toBe(1);
  });
});

describe("gates cap the stage whatever the average says", () => {
  const dim = dimension(
    "d",
    [indicator("gate"), indicator("x"), indicator("y")],
    [
      { indicatorId: "gate", minLevel: 2, forStage: 3 },
      { indicatorId: "x", minLevel: 3, forStage: 5 },
    ],
  );
  it.each<[string, Answers, number, number, string[]]>([
    [
      "gate at 1 caps a stage-5 index at 2",
      { gate: { level: 1 }, x: { level: 3 }, y: { level: 3 } },
      77.78,
      2,
      ["gate"],
    ],
    ["gate at 2 lets stage 4 stand", { gate: { level: 2 }, x: { level: 2 }, y: { level: 3 } }, 77.78, 4, []],
    ["x below 3 caps stage 5 at 4", { gate: { level: 3 }, x: { level: 2 }, y: { level: 3 } }, 88.89, 4, ["x"]],
    ["both met reach stage 5", { gate: { level: 3 }, x: { level: 3 }, y: { level: 3 } }, 100, 5, []],
    ["unknown gate indicator caps", { gate: { level: "unknown" }, x: { level: 3 }, y: { level: 3 } }, 100, 2, ["gate"]],
    ["unanswered gate indicator caps", { x: { level: 3 }, y: { level: 3 } }, 100, 2, ["gate"]],
    [
      "na gate indicator is waived",
      { gate: { level: "na", reason: "r" }, x: { level: 3 }, y: { level: 3 } },
      100,
      5,
      [],
    ],
    [
      "gate above the index stage does not bite",
      { gate: { level: 0 }, x: { level: 0 }, y: { level: 1 } },
      11.11,
      1,
      [],
    ],
  ])("%s", (_name, answers, index, stage, cappedBy) => {
    const score = scoreDimension(dim, answers);
    expect(score.index).toBe(index);
    expect(score.stage).toBe(stage);
    expect(score.cappedBy.map((g) => g.indicatorId)).toEqual(cappedBy);
  });
});

describe("na, unknown, unanswered and empty dimensions", () => {
  const dim = dimension("d", [indicator("a", 2), indicator("b", 1), indicator("c", 1)]);
  it.each<[string, Answers, number | null, number | null, object]>([
    ["all answered", { a: { level: 3 }, b: { level: 0 }, c: { level: 3 } }, 75, 1, { answered: 3 }],
    [
      "na leaves numerator and denominator",
      { a: { level: 3 }, b: { level: "na", reason: "r" }, c: { level: 3 } },
      100,
      1,
      { na: 1 },
    ],
    [
      "unknown lowers coverage only",
      { a: { level: 3 }, b: { level: "unknown" }, c: { level: 3 } },
      100,
      0.75,
      { unknown: 1 },
    ],
    ["unanswered lowers coverage only", { a: { level: 3 }, c: { level: 3 } }, 100, 0.75, { unanswered: 1 }],
    ["nothing answered has no index", {}, null, 0, { unanswered: 3 }],
    [
      "all na has neither index nor coverage",
      { a: { level: "na", reason: "r" }, b: { level: "na", reason: "r" }, c: { level: "na", reason: "r" } },
      null,
      null,
      { na: 3 },
    ],
  ])("%s", (_name, answers, index, coverage, counts) => {
    const score = scoreDimension(dim, answers);
    expect(score.index).toBe(index);
    expect(score.coverage).toBe(coverage);
    expect(score.counts).toMatchObject(counts);
    if (index === null) expect(score.stage).toBeNull();
  });
});
