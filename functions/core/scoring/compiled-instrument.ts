import type { Dimension, Indicator, Instrument } from "../instrument/schema.ts";

/** Lookups derived once per instrument so scoring stays linear in the number of indicators. */
export interface CompiledInstrument {
  instrument: Instrument;
  indicatorById: ReadonlyMap<string, Indicator>;
  dimensionOfIndicator: ReadonlyMap<string, Dimension>;
  gateIndicatorIds: ReadonlySet<string>;
  baselineQuestionIds: readonly string[];
}

const cache = new WeakMap<Instrument, CompiledInstrument>();

/** Returns the lookups for `instrument`, computing them on first use. Instruments are immutable data. */
export function compileInstrument(instrument: Instrument): CompiledInstrument {
  const cached = cache.get(instrument);
  if (cached) return cached;
  const indicatorById = new Map<string, Indicator>();
  const dimensionOfIndicator = new Map<string, Dimension>();
  const gateIndicatorIds = new Set<string>();
  for (const dimension of instrument.dimensions) {
    for (const indicator of dimension.indicators) {
      indicatorById.set(indicator.id, indicator);
      dimensionOfIndicator.set(indicator.id, dimension);
    }
    for (const gate of dimension.gates) gateIndicatorIds.add(gate.indicatorId);
  }
  const baselineQuestionIds = instrument.profile
    .filter((q) => q.options.some((o) => o.baseline !== undefined))
    .map((q) => q.id);
  const compiled = { instrument, indicatorById, dimensionOfIndicator, gateIndicatorIds, baselineQuestionIds };
  cache.set(instrument, compiled);
  return compiled;
}
