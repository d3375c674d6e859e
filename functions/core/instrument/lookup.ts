import type { Indicator, Instrument, Recommendation, RiskRule } from "./schema.ts";

/** The instrument's parts by id, as every score report looks them up. */
export interface InstrumentLookup {
  /** Every indicator, in instrument order. */
  indicators: ReadonlyMap<string, Indicator>;
  /** The indicators a stage gate reads. */
  gateIndicatorIds: ReadonlySet<string>;
  recommendations: ReadonlyMap<string, Recommendation>;
  riskRules: ReadonlyMap<string, RiskRule>;
}

// A published instrument is frozen (its objects; its arrays are read-only by type, see catalogue.ts), so its lookup
// can be built once and kept; one that is not frozen may still change, so it gets a fresh lookup each time.
const builtForFrozen = new WeakMap<Instrument, InstrumentLookup>();

function buildLookup(instrument: Instrument): InstrumentLookup {
  const dimensions = instrument.dimensions;
  return {
    indicators: new Map(dimensions.flatMap((d) => d.indicators.map((i) => [i.id, i] as const))),
    gateIndicatorIds: new Set(dimensions.flatMap((d) => d.gates.map((g) => g.indicatorId))),
    recommendations: new Map(instrument.recommendations.map((r) => [r.id, r])),
    riskRules: new Map(instrument.riskRules.map((r) => [r.id, r])),
  };
}

/**
 * The instrument's indicators, gate indicators, recommendations and risk rules by id. Built once per frozen
 * (published) instrument, because scoring reads them for every report.
 */
export function lookupOf(instrument: Instrument): InstrumentLookup {
  if (!Object.isFrozen(instrument)) return buildLookup(instrument);
  const known = builtForFrozen.get(instrument);
  if (known !== undefined) return known;
  const lookup = buildLookup(instrument);
  builtForFrozen.set(instrument, lookup);
  return lookup;
}
