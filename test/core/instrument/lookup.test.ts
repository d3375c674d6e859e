import { describe, expect, it } from "vitest";
import { instruments } from "../../../functions/core/instrument/catalogue.ts";
import { lookupOf } from "../../../functions/core/instrument/lookup.ts";
import type { Editable } from "./helpers.ts";

describe("lookupOf", () => {
  it.each(instruments.map((i) => [`${i.id}@${i.version}`, i] as const))("finds every part of %s by id", (_n, i) => {
    const lookup = lookupOf(i);
    const indicators = i.dimensions.flatMap((d) => d.indicators);
    expect([...lookup.indicators.keys()]).toEqual(indicators.map((x) => x.id));
    for (const x of indicators) expect(lookup.indicators.get(x.id)).toBe(x);
    const gateIds = i.dimensions.flatMap((d) => d.gates.map((g) => g.indicatorId));
    expect([...lookup.gateIndicatorIds].sort()).toEqual([...new Set(gateIds)].sort());
    for (const r of i.recommendations) expect(lookup.recommendations.get(r.id)).toBe(r);
    for (const r of i.riskRules) expect(lookup.riskRules.get(r.id)).toBe(r);
    expect(lookup.recommendations.size).toBe(i.recommendations.length);
  });

  it("builds a published (frozen) instrument's lookup once", () => {
    const published = instruments[0];
    if (published === undefined) throw new Error("no published instrument");
    expect(Object.isFrozen(published)).toBe(true);
    expect(lookupOf(published)).toBe(lookupOf(published));
  });

  it("builds a fresh lookup for an instrument that may still change", () => {
    const published = instruments[0];
    if (published === undefined) throw new Error("no published instrument");
    const draft = structuredClone(published) as Editable;
    const before = lookupOf(draft);
    const removed = draft.recommendations.pop();
    const after = lookupOf(draft);
    expect(after).not.toBe(before);
    expect(before.recommendations.has(removed?.id ?? "")).toBe(true);
    expect(after.recommendations.has(removed?.id ?? "")).toBe(false);
  });
});
