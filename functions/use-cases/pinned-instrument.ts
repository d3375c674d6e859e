import type { Assessment } from "../core/assessment.ts";
import { findInstrument } from "../core/instrument/catalogue.ts";
import type { Instrument } from "../core/instrument/schema.ts";

/** The instrument an assessment is pinned to; its absence is a deployment fault, not a client error. */
export function pinnedInstrument(assessment: Pick<Assessment, "instrumentId" | "instrumentVersion">): Instrument {
  const instrument = findInstrument(assessment.instrumentId, assessment.instrumentVersion);
  if (!instrument) throw new Error(`instrument ${assessment.instrumentId}@${assessment.instrumentVersion} missing`);
  return instrument;
}
