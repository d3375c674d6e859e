import type { Instrument } from "#core/instrument/schema.ts";
import { api } from "../api/client.ts";

/** Set by the build (web/vite.config.ts) from the instrument catalogue: the version new assessments get. */
declare const __NEWEST_INSTRUMENT__: { id: string; version: string } | null | undefined;

const instruments = new Map<string, Promise<Instrument>>();

/** Instruments are immutable once published, so one fetch per id@version is enough. */
export function loadInstrument(id: string, version: string): Promise<Instrument> {
  const key = `${id}@${version}`;
  let p = instruments.get(key);
  if (!p) {
    p = api.instrument(id, version);
    p.catch(() => instruments.delete(key));
    instruments.set(key, p);
  }
  return p;
}

/** The instrument version new assessments get (most assessments being filled in use it), when the build knows it. */
export function newestInstrument(): { id: string; version: string } | null {
  return typeof __NEWEST_INSTRUMENT__ === "undefined" ? null : (__NEWEST_INSTRUMENT__ ?? null);
}
