import type { Instrument } from "#core/instrument/schema.ts";
import { api } from "../api/client.ts";

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
