/** Freezes a stored item all the way down, so the local caches can share it with every caller. */
export function deepFreeze<T>(value: T): T {
  // Binary attributes (byte arrays) cannot be frozen; the store only ever reads them.
  if (ArrayBuffer.isView(value)) return value;
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
