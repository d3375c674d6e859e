/**
 * An instrument version's address. With lang=fr every text carries both English and French, so a language switch
 * needs no new fetch. Also used by the build (web/vite-plugins.ts) to ask early for the newest version.
 */
export function instrumentPath(id: string, version: string): string {
  return `/api/instruments/${encodeURIComponent(id)}/versions/${encodeURIComponent(version)}?lang=fr`;
}
