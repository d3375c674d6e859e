import { ApiError } from "../api/client.ts";
import type { Answer, Assessment, ProfileAnswers } from "../api/types.ts";
import { type AnswerMap, applyAnswers, sameAnswer, sameProfile } from "./answers.ts";

export type SaveStatus = "idle" | "saving" | "saved" | "failed" | "conflict";
export const PROFILE_KEY = "@profile";

interface Changes {
  answers: Record<string, Answer | null>;
  profile: ProfileAnswers | null;
}

type PatchBody = { answers?: Record<string, Answer | null>; profile?: ProfileAnswers };

export interface ConflictRow {
  /** An indicator id, or PROFILE_KEY for the ambition profile. */
  key: string;
  theirs: Answer | ProfileAnswers | null;
  mine: Answer | ProfileAnswers | null;
}

export interface SaveDeps {
  patch: (id: string, version: number, body: PatchBody) => Promise<Assessment>;
  load: (id: string) => Promise<Assessment>;
  debounceMs: number;
  storage?: Pick<Storage, "getItem" | "setItem" | "removeItem">;
}

const empty = (): Changes => ({ answers: {}, profile: null });
const isEmpty = (c: Changes) => c.profile === null && Object.keys(c.answers).length === 0;
const merge = (a: Changes, b: Changes): Changes => ({
  answers: { ...a.answers, ...b.answers },
  profile: b.profile ?? a.profile,
});

/**
 * Sends every change to the server as it is given (debounced), one PATCH at a time with the latest version held.
 * Unsaved changes stay in memory and in local storage until the server acknowledges them.
 */
export class SaveQueue {
  server: Assessment;
  status: SaveStatus = "idle";
  error: ApiError | null = null;
  conflict: ConflictRow[] | null = null;
  private pending: Changes = empty();
  private inflight: Changes | null = null;
  private running: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private listeners = new Set<() => void>();

  constructor(
    initial: Assessment,
    private deps: SaveDeps,
  ) {
    this.server = initial;
    this.restore();
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** What the page shows: the server state with every unsaved change on top. */
  get answers(): AnswerMap {
    return applyAnswers(applyAnswers(this.server.answers, this.inflight?.answers ?? {}), this.pending.answers);
  }

  get profile(): ProfileAnswers {
    return this.pending.profile ?? this.inflight?.profile ?? this.server.profile ?? {};
  }

  get dirty(): boolean {
    return this.inflight !== null || !isEmpty(this.pending);
  }

  setAnswer(indicatorId: string, answer: Answer | null): void {
    this.pending.answers[indicatorId] = answer;
    this.changed();
  }

  setProfile(profile: ProfileAnswers): void {
    this.pending.profile = profile;
    this.changed();
  }

  /** Sends what is pending now; resolves when nothing is left to send or a save failed. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.running ??= this.loop().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  retry = (): Promise<void> => this.flush();

  /** Applies the choices of the merge view ("mine" keeps the local change) and saves. */
  resolve(choices: Record<string, "theirs" | "mine">): Promise<void> {
    for (const row of this.conflict ?? []) {
      if (choices[row.key] === "mine") continue;
      if (row.key === PROFILE_KEY) this.pending.profile = null;
      else delete this.pending.answers[row.key];
    }
    this.conflict = null;
    this.status = "saving";
    this.persist();
    return this.flush();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.listeners.clear();
  }

  private changed(): void {
    if (this.status !== "conflict") this.status = "saving";
    this.persist();
    this.emit();
    clearTimeout(this.timer);
    if (this.status !== "conflict") this.timer = setTimeout(() => void this.flush(), this.deps.debounceMs);
  }

  private async loop(): Promise<void> {
    while (!isEmpty(this.pending) && this.status !== "conflict") {
      const batch = this.pending;
      this.pending = empty();
      this.inflight = batch;
      this.status = "saving";
      this.emit();
      const body: PatchBody = { answers: batch.answers };
      if (batch.profile) body.profile = batch.profile;
      try {
        this.server = await this.deps.patch(this.server.id, this.server.version, body);
        this.inflight = null;
        this.error = null;
      } catch (e) {
        this.inflight = null;
        this.pending = merge(batch, this.pending);
        if (!(await this.onError(e))) break;
      }
    }
    if (isEmpty(this.pending) && this.status === "saving") this.status = "saved";
    this.persist();
    this.emit();
  }

  /** True when the loop should try again at once (a conflict that merged without anyone's choice). */
  private async onError(e: unknown): Promise<boolean> {
    const err = e instanceof ApiError ? e : new ApiError(0, "network", String(e));
    if (err.status !== 409) {
      this.status = "failed";
      this.error = err;
      return false;
    }
    const current =
      (err.details?.current as Assessment | undefined) ?? (await this.deps.load(this.server.id).catch(() => null));
    if (!current) {
      this.status = "failed";
      this.error = err;
      return false;
    }
    return this.rebase(current, this.server);
  }

  /** Moves pending changes onto `current`; returns true when no change needs a choice. */
  private rebase(current: Assessment, base: Pick<Assessment, "answers" | "profile">): boolean {
    const rows: ConflictRow[] = [];
    for (const [id, mine] of Object.entries(this.pending.answers)) {
      const theirs = current.answers[id] ?? null;
      if (sameAnswer(theirs, mine)) delete this.pending.answers[id];
      else if (!sameAnswer(theirs, base.answers[id])) rows.push({ key: id, theirs, mine });
    }
    const mineProfile = this.pending.profile;
    if (mineProfile && sameProfile(current.profile, mineProfile)) this.pending.profile = null;
    else if (mineProfile && !sameProfile(current.profile, base.profile))
      rows.push({ key: PROFILE_KEY, theirs: current.profile, mine: mineProfile });
    this.server = current;
    this.error = null;
    this.conflict = rows.length > 0 ? rows : null;
    this.status = rows.length > 0 ? "conflict" : "saving";
    return rows.length === 0;
  }

  private get storageKey(): string {
    return `reengage.unsaved.${this.server.id}`;
  }

  private persist(): void {
    const all = merge(this.inflight ?? empty(), this.pending);
    const base = { answers: this.server.answers, profile: this.server.profile };
    if (isEmpty(all)) this.deps.storage?.removeItem(this.storageKey);
    else this.deps.storage?.setItem(this.storageKey, JSON.stringify({ changes: all, base }));
  }

  /** Picks up changes a previous page left unsaved (closed tab, expired session), and saves them. */
  private restore(): void {
    const raw = this.deps.storage?.getItem(this.storageKey);
    if (!raw) return;
    try {
      const saved = JSON.parse(raw) as { changes: Changes; base: Pick<Assessment, "answers" | "profile"> };
      this.pending = saved.changes;
      if (this.rebase(this.server, saved.base)) this.timer = setTimeout(() => void this.flush(), 0);
    } catch {
      this.deps.storage?.removeItem(this.storageKey);
    }
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}
