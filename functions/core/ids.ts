/**
 * Orders two ids alphabetically. Ids are lower-case kebab-case (find-out items add a `find-out:` prefix), so the
 * order of their characters is their alphabetical order and no locale's collation is needed.
 */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
