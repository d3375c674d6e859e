/**
 * Numbers the writes to each key a local cache keeps (an item, a partition), so the cache can tell whether a read
 * overlapped a write: a read may fill the cache only when no write to its key started or ended after it began.
 * It remembers at most `maxKeys` keys; a read older than the forgotten write numbers simply does not fill.
 */
export class WriteLog {
  readonly #lastWrite = new Map<string, number>();
  readonly #writing = new Map<string, number>();
  #sequence = 0;
  #forgottenUpTo = 0;

  constructor(private readonly maxKeys: number) {}

  /** The number of the latest write event: a read notes it when it starts. */
  get now(): number {
    return this.#sequence;
  }

  /** A write to `key` starts. */
  started(key: string): void {
    this.#note(key);
    this.#writing.set(key, (this.#writing.get(key) ?? 0) + 1);
  }

  /** A write to `key` ended, whether it succeeded or not. */
  ended(key: string): void {
    this.#note(key);
    const left = (this.#writing.get(key) ?? 1) - 1;
    if (left > 0) this.#writing.set(key, left);
    else this.#writing.delete(key);
  }

  /** Whether a read of `key` that began when the log stood at `startedAt` may fill a cache. */
  mayFill(key: string, startedAt: number): boolean {
    return !this.#writing.has(key) && (this.#lastWrite.get(key) ?? this.#forgottenUpTo) <= startedAt;
  }

  /** Whether the write to `key` that started when the log reached `startedAt` is the only one there since. */
  isLoneWrite(key: string, startedAt: number): boolean {
    return this.#writing.get(key) === 1 && this.#lastWrite.get(key) === startedAt;
  }

  #note(key: string): void {
    this.#sequence += 1;
    this.#lastWrite.delete(key);
    this.#lastWrite.set(key, this.#sequence);
    if (this.#lastWrite.size > this.maxKeys) {
      const [oldest, at] = this.#lastWrite.entries().next().value as [string, number];
      this.#lastWrite.delete(oldest);
      this.#forgottenUpTo = Math.max(this.#forgottenUpTo, at);
    }
  }
}
