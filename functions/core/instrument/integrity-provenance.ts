import type { InstrumentIndex } from "./integrity-references.ts";
import type { Instrument } from "./schema.ts";

interface Sourced {
  what: string;
  sources?: readonly unknown[] | undefined;
}

function sourcedItems(instrument: Instrument): Sourced[] {
  return [
    ...instrument.dimensions.flatMap((d) => [
      ...d.indicators.map((i) => ({ what: `indicator "${i.id}"`, sources: i.sources })),
      ...d.gates.map((g) => ({ what: `gate "${g.indicatorId}" for stage ${g.forStage}`, sources: g.sources })),
    ]),
    ...instrument.riskRules.map((r) => ({ what: `risk rule "${r.id}"`, sources: r.sources })),
    ...instrument.recommendations.map((r) => ({ what: `recommendation "${r.id}"`, sources: r.sources })),
  ];
}

/**
 * Provenance is all or nothing: once any item of a version names its sources, every indicator, gate, risk rule and
 * recommendation must, so that a reader can trace each one (versions before 2026.2 record none).
 */
export function checkProvenance(instrument: Instrument): string[] {
  const items = sourcedItems(instrument);
  if (!items.some((i) => i.sources !== undefined)) return [];
  return items.filter((i) => (i.sources?.length ?? 0) === 0).map((i) => `${i.what} has no sources`);
}

/** A level text used twice (in one indicator or across two) would make the answer ambiguous. */
export function checkLevelTexts(instrument: Instrument): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const indicator of instrument.dimensions.flatMap((d) => d.indicators)) {
    indicator.levels.forEach((level, n) => {
      const where = `indicator "${indicator.id}" level ${n}`;
      const first = seen.get(level.en);
      if (first === undefined) seen.set(level.en, where);
      else problems.push(`${where} repeats the text of ${first}`);
    });
  }
  return problems;
}

/** Several replaced indicators need a rule that says how their levels combine; a rule needs something replaced. */
export function checkReplacements(instrument: Instrument): string[] {
  return instrument.dimensions.flatMap((d) =>
    d.indicators.flatMap((i) => {
      const count = i.replaces?.length ?? 0;
      if (count === 0 && i.carryRule !== undefined)
        return [`indicator "${i.id}" has a carry rule but replaces nothing`];
      if (count > 1 && (i.carryRule ?? "same-level") === "same-level") {
        return [`indicator "${i.id}" replaces ${count} indicators but keeps "same-level"`];
      }
      return [];
    }),
  );
}

/** Every indicator a profile option caps must exist. */
export function checkCaps(instrument: Instrument, index: InstrumentIndex): string[] {
  return instrument.profile.flatMap((q) =>
    q.options.flatMap((o) =>
      (o.caps ?? [])
        .filter((c) => !index.indicatorDimension.has(c.indicatorId))
        .map((c) => `option "${o.id}" of profile question "${q.id}" caps unknown indicator "${c.indicatorId}"`),
    ),
  );
}
