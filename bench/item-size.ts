/**
 * Item sizes the way DynamoDB bills them: attribute names plus values (strings and binaries by their bytes,
 * numbers by about one byte per two significant digits plus one, maps and lists 3 bytes plus 1 per element plus
 * their contents, booleans and nulls 1 byte). An index entry adds 100 bytes of overhead. One write unit covers
 * 1 KB of one item copy, rounded up per copy.
 */
const encoder = new TextEncoder();

export function valueSize(value: unknown): number {
  if (value === null || value === undefined || typeof value === "boolean") return 1;
  if (typeof value === "string") return encoder.encode(value).length;
  if (typeof value === "number") return Math.ceil(String(Math.abs(value)).replace(/[.e+-]/g, "").length / 2) + 1;
  if (value instanceof Uint8Array) return value.byteLength;
  if (Array.isArray(value)) return 3 + value.reduce((sum: number, v) => sum + 1 + valueSize(v), 0);
  return 3 + itemSize(value as Record<string, unknown>) + Object.keys(value as object).length;
}

export function itemSize(item: Record<string, unknown>): number {
  return Object.entries(item).reduce((sum, [name, value]) => sum + encoder.encode(name).length + valueSize(value), 0);
}

/** What an index holds of `item`: its table and index keys plus the projected attributes (all when undefined). */
export function indexEntrySize(item: Record<string, unknown>, index: string, projected?: readonly string[]): number {
  const keep = (name: string) =>
    ["pk", "sk", `${index}pk`, `${index}sk`].includes(name) || projected === undefined || projected.includes(name);
  return itemSize(Object.fromEntries(Object.entries(item).filter(([name]) => keep(name)))) + 100;
}

export const writeUnits = (bytes: number) => Math.max(1, Math.ceil(bytes / 1024));
