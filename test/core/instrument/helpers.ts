import { unPeaceOpsReadiness2026_1 } from "../../../functions/core/instrument/content/un-peace-ops-readiness-2026-1.ts";
import type {
  Dimension,
  Instrument,
  ProfileQuestion,
  Recommendation,
  RiskRule,
} from "../../../functions/core/instrument/schema.ts";

/** A deep copy of the v1 content that a test may mutate freely. */
export function freshInstrument(): Instrument {
  return structuredClone(unPeaceOpsReadiness2026_1);
}

function byId<T extends { id: string }>(items: T[], id: string): T {
  const found = items.find((item) => item.id === id);
  if (found === undefined) throw new Error(`test fixture has no item "${id}"`);
  return found;
}

export const dimensionOf = (i: Instrument, id: string): Dimension => byId(i.dimensions, id);
export const questionOf = (i: Instrument, id: string): ProfileQuestion => byId(i.profile, id);
export const ruleOf = (i: Instrument, id: string): RiskRule => byId(i.riskRules, id);
export const recommendationOf = (i: Instrument, id: string): Recommendation => byId(i.recommendations, id);
