import { describe, expect, it } from "vitest";
import type { Snapshot } from "../../functions/core/assessment.ts";
import { compareSnapshots } from "../../functions/core/compare.ts";
import { snapshotEvidence } from "../../functions/core/evidence/published-evidence.ts";
import { scoreAssessment } from "../../functions/core/scoring/score-report.ts";
import { dimension, indicator, instrument } from "./support/instrument-builder.ts";

const inst = instrument({
  dimensions: [dimension("d", [indicator("a"), indicator("b")]), dimension("e", [indicator("c")])],
});

function snapshot(id: string, answers: Snapshot["answers"], overrides: Partial<Snapshot> = {}): Snapshot {
  return {
    id,
    assessmentId: "x",
    country: "CAN",
    cycle: 2026,
    instrumentId: inst.id,
    instrumentVersion: inst.version,
    assessmentVersion: 1,
    createdAt: `2026-01-0${id}T00:00:00.000Z`,
    createdBy: "u",
    answers,
    profile: {},
    score: scoreAssessment(inst, answers, {}),
    evidence: snapshotEvidence(inst, answers, [], 1),
    ...overrides,
  };
}

describe("compareSnapshots", () => {
  it("lists only changed indicators and every dimension's move", () => {
    const from = snapshot("1", { a: { level: 1 }, b: { level: 2, note: "n" } });
    const to = snapshot("2", { a: { level: 3 }, b: { level: 2, note: "n" }, c: { level: "unknown" } });
    const diff = compareSnapshots(from, to);
    expect(diff.indicators).toEqual([
      { indicatorId: "a", from: { level: 1 }, to: { level: 3 } },
      { indicatorId: "c", from: null, to: { level: "unknown" } },
    ]);
    expect(diff.dimensions).toEqual([
      { dimensionId: "d", from: { index: 50, stage: 3 }, to: { index: 83.33, stage: 5 }, indexChange: 33.33 },
      { dimensionId: "e", from: { index: null, stage: null }, to: { index: null, stage: null }, indexChange: null },
    ]);
    expect(diff.sameInstrument).toBe(true);
  });

  it("handles dimensions present on one side only and another instrument version", () => {
    const from = snapshot("1", { a: { level: 1 } });
    const to = snapshot("2", { a: { level: 1 } }, { instrumentVersion: "2027.1" });
    to.score = { ...to.score, dimensions: to.score.dimensions.slice(0, 1) };
    const diff = compareSnapshots(from, to);
    expect(diff.sameInstrument).toBe(false);
    expect(diff.dimensions[1]).toEqual({
      dimensionId: "e",
      from: { index: null, stage: null },
      to: null,
      indexChange: null,
    });
    expect(diff.indicators).toEqual([]);
  });
});
