import { api, configureAuth } from "../api/client.ts";
import type { AppConfig, Role } from "../api/types.ts";
import { completeLogin, logoutUrl, refreshTokens, startLogin, type TokenSet } from "./cognito.ts";
import { readClaims } from "./jwt.ts";

export interface Session {
  mode: "local" | "cognito";
  token: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  role: Role;
  country?: string;
  refreshToken?: string;
  /** Local mode: the token subject, kept when a token is re-minted so that the caller stays the same person. */
  subject?: string;
}

const KEY = "reengage.session";
/** Renew this long before expiry, so that a long sitting never meets an expired token. */
const MARGIN_MS = 5 * 60_000;

let config: AppConfig = { authMode: "local" };
let markConfigLoaded: () => void = () => undefined;
/** Settled once /config.json has been read, or could not be. */
const configLoaded = new Promise<void>((done) => {
  markConfigLoaded = done;
});
let session: Session | null = load();
let expired = false;
let inflight: Promise<boolean> | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

function load(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

function set(next: Session | null): void {
  session = next;
  expired = false;
  if (next) localStorage.setItem(KEY, JSON.stringify(next));
  else localStorage.removeItem(KEY);
  schedule();
  for (const l of listeners) l();
}

function schedule(): void {
  clearTimeout(timer);
  if (!session) return;
  const wait = Math.max(1_000, session.expiresAt - Date.now() - MARGIN_MS);
  timer = setTimeout(() => void refresh(), Math.min(wait, 2 ** 31 - 1));
}

export const currentSession = (): Session | null => session;
export const sessionExpired = (): boolean => expired;
export const authConfig = (): AppConfig => config;

export function subscribe(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

function fromCognito(t: TokenSet, previousRefresh?: string): Session {
  const claims = readClaims(t.idToken);
  return {
    mode: "cognito",
    token: t.idToken,
    expiresAt: Date.now() + t.expiresIn * 1000,
    role: claims.role ?? "official",
    country: claims.country,
    refreshToken: t.refreshToken ?? previousRefresh,
  };
}

async function renew(s: Session): Promise<Session> {
  await configLoaded; // Cognito's renewal needs its settings, which the first render may not have waited for
  if (session !== s) throw new Error("the session was dropped meanwhile");
  if (s.mode === "cognito") return fromCognito(await refreshTokens(config, s.refreshToken ?? ""), s.refreshToken);
  const t = await api.devToken(s.role, s.country, s.subject);
  return { ...s, token: t.token, expiresAt: Date.parse(t.expiresAt) };
}

/** Silent refresh: one at a time; on failure the session is marked expired but kept (answers stay on the page). */
export function refresh(): Promise<boolean> {
  const s = session;
  if (!s) return Promise.resolve(false);
  inflight ??= renew(s)
    .then((next) => {
      set(next);
      return true;
    })
    .catch(() => {
      // Unless the session was dropped meanwhile (signed out, or of another mode than this deployment's).
      if (session !== s) return false;
      expired = true;
      for (const l of listeners) l();
      return false;
    })
    .finally(() => {
      inflight = null;
    });
  return inflight;
}

async function getToken(): Promise<string | null> {
  if (session && session.expiresAt - Date.now() < 60_000) await refresh();
  return session?.token ?? null;
}

export async function signInLocal(role: Role, country?: string): Promise<void> {
  const t = await api.devToken(role, country);
  const claims = readClaims(t.token);
  const expiresAt = Date.parse(t.expiresAt);
  set({ mode: "local", token: t.token, expiresAt, role, country: country ?? claims.country, subject: claims.sub });
}

export const signInCognito = (): Promise<void> => startLogin(config);

export function signOut(): void {
  const wasCognito = session?.mode === "cognito";
  set(null);
  if (wasCognito) location.assign(logoutUrl(config));
}

/** Wires the API client to the remembered session and follows other tabs; synchronous, so requests can start at once. */
export function connectAuth(): void {
  configureAuth({ getToken, refresh });
  // Another tab signed in, out, or renewed the token: follow it.
  addEventListener("storage", (e) => {
    if (e.key !== KEY) return;
    session = load();
    schedule();
    for (const l of listeners) l();
  });
}

/**
 * Whether the first render may go ahead before /config.json has been read: with a remembered session and no Hosted
 * UI redirect to complete, the page it shows does not depend on the configuration. A session of the other mode
 * (the deployment changed) is still dropped once the configuration arrives, and the sign-in page then shows.
 */
export function configCanWait(): boolean {
  return session !== null && !new URLSearchParams(location.search).has("code");
}

/** Loads /config.json, drops a remembered session of another mode, completes a Hosted UI redirect. */
export async function loadAuthConfig(): Promise<void> {
  config = await api.config().catch((): AppConfig => ({ authMode: "local" }));
  if (session && session.mode !== config.authMode) set(null);
  if (config.authMode === "cognito") {
    const done = await completeLogin(config).catch(() => null);
    if (done) set(fromCognito(done.tokens));
  }
  markConfigLoaded();
  schedule();
}
