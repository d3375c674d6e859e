/** A clock that advances one second per reading, from a fixed start. */
export function steppingClock(start = Date.parse("2026-03-01T09:00:00.000Z")): () => Date {
  let t = start;
  return () => {
    t += 1000;
    return new Date(t);
  };
}

/** Ids that are unique and readable in failures. */
export function sequentialIds(prefix: string): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `${prefix}${String(n).padStart(6, "0")}`;
  };
}
