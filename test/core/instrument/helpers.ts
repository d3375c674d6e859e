import { unPeaceOpsReadiness2026_1 } from "../../../functions/core/instrument/content/un-peace-ops-readiness-2026-1.ts";
import type { Instrument } from "../../../functions/core/instrument/schema.ts";

/** `T` with every read-only modifier removed, deeply: the type of a copy a test may change. */
export type DeepMutable<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
    : T;

/** An instrument a test may change. */
export type Editable = DeepMutable<Instrument>;

/** A deep copy of the v1 content that a test may mutate freely. */
export function freshInstrument(): Editable {
  return structuredClone(unPeaceOpsReadiness2026_1) as Editable;
}

function byId<T extends { readonly id: string }>(items: readonly T[], id: string): T {
  const found = items.find((item) => item.id === id);
  if (found === undefined) throw new Error(`test fixture has no item "${id}"`);
  return found;
}

// Generic over the instrument so that a mutable copy gives mutable parts and a published one read-only parts.
export const dimensionOf = <I extends Instrument>(i: I, id: string): I["dimensions"][number] => byId(i.dimensions, id);
export const questionOf = <I extends Instrument>(i: I, id: string): I["profile"][number] => byId(i.profile, id);
export const ruleOf = <I extends Instrument>(i: I, id: string): I["riskRules"][number] => byId(i.riskRules, id);
export const recommendationOf = <I extends Instrument>(i: I, id: string): I["recommendations"][number] =>
  byId(i.recommendations, id);
