import { unPeaceOpsReadiness2026_1 } from "./content/un-peace-ops-readiness-2026-1.ts";
import { unPeaceOpsReadiness2026_2 } from "./content/un-peace-ops-readiness-2026-2.ts";
import type { Instrument, LocaleText } from "./schema.ts";

/** What a listing of instruments shows. */
export interface InstrumentSummary {
  id: string;
  version: string;
  title: LocaleText;
}

/**
 * Published versions are immutable: their objects are frozen, so no caller can change the shared copy in a warm
 * Lambda. Their arrays are read-only by type (`DeepReadonly` in schema.ts) but not frozen: Node 20's V8 walks a
 * frozen array through its slow generic path (a `for…of` over one allocates every step), which cost a score
 * report 10–20 % (bench, 29 Nov).
 */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    if (!Array.isArray(value)) Object.freeze(value);
  }
  return value;
}

/**
 * Every published instrument version. They are validated by the schema and integrity rules in the test suite
 * (test/core/instrument), not at module load, because parsing costs tens of milliseconds on every cold start.
 */
export const instruments: readonly Instrument[] = [unPeaceOpsReadiness2026_1, unPeaceOpsReadiness2026_2].map(
  deepFreeze,
);

/**
 * Orders instrument versions ("2026.1" < "2026.2" < "2027.1") numerically, not as strings, so "2026.10" sorts after
 * "2026.9".
 */
export function compareVersions(a: string, b: string): number {
  const [ay = 0, an = 0] = a.split(".").map(Number);
  const [by = 0, bn = 0] = b.split(".").map(Number);
  return ay !== by ? ay - by : an - bn;
}

/** The instrument with this id and version, or undefined when none is published. */
export function findInstrument(id: string, version: string): Instrument | undefined {
  return instruments.find((i) => i.id === id && i.version === version);
}

/** The highest version of instrument `id` in `list`, or undefined when the list has none with that id. */
export function latestOf(list: readonly Instrument[], id: string): Instrument | undefined {
  return list
    .filter((i) => i.id === id)
    .reduce<Instrument | undefined>(
      (best, i) => (best === undefined || compareVersions(i.version, best.version) > 0 ? i : best),
      undefined,
    );
}

/** Summaries of `list` ordered by id, newest version of each id first. */
export function summarize(list: readonly Instrument[]): InstrumentSummary[] {
  return [...list]
    .sort((a, b) => a.id.localeCompare(b.id) || compareVersions(b.version, a.version))
    .map((i) => ({ id: i.id, version: i.version, title: i.title }));
}

/** The highest published version of an instrument, or undefined when the id is unknown. */
export function latestInstrument(id: string): Instrument | undefined {
  return latestOf(instruments, id);
}

/** A summary of every published instrument version, newest version of each id first. */
export function listInstruments(): InstrumentSummary[] {
  return summarize(instruments);
}
