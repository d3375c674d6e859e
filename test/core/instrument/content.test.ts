import { describe, expect, it } from "vitest";
import { unPeaceOpsReadiness2026_1 as instrument } from "../../../functions/core/instrument/content/un-peace-ops-readiness-2026-1.ts";
import { checkInstrumentIntegrity } from "../../../functions/core/instrument/integrity.ts";
import { instrumentSchema } from "../../../functions/core/instrument/schema.ts";
import { reformAreas } from "../../../functions/core/vocabulary.ts";

const indicators = instrument.dimensions.flatMap((d) => d.indicators);
const vague =
  /^\s*(poor|fair|good|very good|excellent|weak|strong|adequate|none|low|medium|high|basic|advanced)\.?\s*$/i;

describe("instrument un-peace-ops-readiness 2026.1", () => {
  it("passes the schema and every integrity check", () => {
    expect(instrumentSchema.safeParse(instrument).error).toBeUndefined();
    expect(checkInstrumentIntegrity(instrument)).toEqual([]);
  });

  it("has the three dimensions mapped to their reform areas, each weighted 1", () => {
    expect(instrument.dimensions.map((d) => [d.id, d.reformArea, d.weight])).toEqual([
      ["risk-tolerance", "public-information", 1],
      ["adaptive-capacity", "bureaucratic", 1],
      ["training-readiness", "training", 1],
    ]);
    expect(instrument.defaultTarget).toBe(2);
  });

  it.each(instrument.dimensions.map((d) => [d.id, d] as const))(
    "dimension %s has ≥8 indicators and 2–4 gates",
    (_, d) => {
      expect(d.indicators.length).toBeGreaterThanOrEqual(8);
      expect(d.gates.length).toBeGreaterThanOrEqual(2);
      expect(d.gates.length).toBeLessThanOrEqual(4);
      for (const indicator of d.indicators) expect(indicator.reformArea).toBe(d.reformArea);
    },
  );

  it.each(indicators.map((i) => [i.id, i] as const))("indicator %s has four distinct, concrete level texts", (_, i) => {
    const texts = i.levels.map((l) => l.en);
    expect(texts).toHaveLength(4);
    expect(new Set(texts).size).toBe(4);
    for (const text of texts) {
      expect(text).not.toMatch(vague);
      expect(text.length).toBeGreaterThanOrEqual(25);
    }
    expect(i.weight).toBeGreaterThan(0);
  });

  it("never reuses a level text across indicators", () => {
    const texts = indicators.flatMap((i) => i.levels.map((l) => l.en));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it("has 4–8 profile questions with exactly one baseline question offering targets 1, 2 and 3", () => {
    expect(instrument.profile.length).toBeGreaterThanOrEqual(4);
    expect(instrument.profile.length).toBeLessThanOrEqual(8);
    const setters = instrument.profile.filter((q) => q.options.some((o) => o.baseline !== undefined));
    expect(setters.map((q) => [q.id, q.kind])).toEqual([["target-readiness", "single"]]);
    expect(setters[0]?.options.map((o) => o.baseline)).toEqual([1, 2, 3]);
  });

  it("has at least six risk rules of both severities, each raising at least one recommendation", () => {
    expect(instrument.riskRules.length).toBeGreaterThanOrEqual(6);
    expect(new Set(instrument.riskRules.map((r) => r.severity))).toEqual(new Set(["HIGH", "MEDIUM"]));
    const flagged = new Set(
      instrument.recommendations.flatMap((r) => r.triggers.flatMap((t) => ("redFlag" in t ? [t.redFlag] : []))),
    );
    for (const rule of instrument.riskRules) expect(flagged).toContain(rule.id);
  });

  it.each(reformAreas.map((a) => [a]))("has at least 12 recommendations for reform area %s", (area) => {
    expect(instrument.recommendations.filter((r) => r.reformArea === area).length).toBeGreaterThanOrEqual(12);
  });

  it("has at least 36 recommendations, each with owner, effort, horizon and a one-line rationale citing the article", () => {
    expect(instrument.recommendations.length).toBeGreaterThanOrEqual(36);
    for (const r of instrument.recommendations) {
      expect(r.owner.en.trim()).not.toBe("");
      expect([1, 2, 3]).toContain(r.effort);
      expect(["0-6", "6-18", "18-36"]).toContain(r.horizon);
      expect(r.rationale.en).not.toContain("\n");
      expect(r.rationale.en).toMatch(/article/i);
    }
  });

  it("mixes indicator, red-flag and profile triggers and uses prerequisites", () => {
    const triggers = instrument.recommendations.flatMap((r) => r.triggers);
    expect(triggers.filter((t) => "indicator" in t).length).toBeGreaterThan(triggers.length / 2);
    expect(triggers.some((t) => "redFlag" in t)).toBe(true);
    expect(triggers.some((t) => "profile" in t)).toBe(true);
    expect(instrument.recommendations.filter((r) => r.prerequisites.length > 0).length).toBeGreaterThanOrEqual(10);
  });

  it("triggers each indicator's recommendations from its own reform area", () => {
    const areaOf = new Map(indicators.map((i) => [i.id, i.reformArea]));
    for (const indicator of indicators) {
      const own = instrument.recommendations.filter((r) =>
        r.triggers.some(
          (t) => "indicator" in t && t.indicator === indicator.id && r.reformArea === areaOf.get(t.indicator),
        ),
      );
      expect(own.length, indicator.id).toBeGreaterThan(0);
    }
  });
});
