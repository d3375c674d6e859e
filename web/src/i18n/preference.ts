import { readClaims } from "../auth/jwt.ts";
import { currentSession, type Session, subscribe } from "../auth/session.ts";
import { isLocale, type Locale, locale, setLocale } from "./index.ts";

/** The language chosen before signing in (or by the last person on this device). */
const DEVICE_KEY = "reengage.lang";

function userKey(session: Session): string {
  const who = session.subject ?? readClaims(session.token).sub ?? `${session.role}:${session.country ?? ""}`;
  return `${DEVICE_KEY}.${who}`;
}

function stored(key: string): Locale | null {
  try {
    const value = localStorage.getItem(key);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

function store(key: string, value: Locale): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage full or blocked: the choice holds for this page only.
  }
}

/** French when the browser prefers it, English otherwise. */
export function browserLocale(languages: readonly string[]): Locale {
  const first = languages.find((l) => /^(en|fr)\b/i.test(l));
  return first?.toLowerCase().startsWith("fr") ? "fr" : "en";
}

/** The signed-in user's choice, else this device's last choice, else the browser's language. */
export function preferredLocale(session: Session | null): Locale {
  return (
    (session && stored(userKey(session))) ??
    stored(DEVICE_KEY) ??
    browserLocale(typeof navigator === "undefined" ? [] : (navigator.languages ?? [navigator.language]))
  );
}

/** The user picked a language: remember it for them (and for this device) and switch. */
export function chooseLocale(next: Locale): Promise<void> {
  const session = currentSession();
  if (session) store(userKey(session), next);
  store(DEVICE_KEY, next);
  return setLocale(next);
}

/** Applies the preferred language, then follows sign-ins: a user who chose a language before gets it back. */
export async function initLocale(): Promise<void> {
  subscribe(() => {
    const session = currentSession();
    if (!session) return;
    const mine = stored(userKey(session));
    if (mine === null) store(userKey(session), locale);
    else if (mine !== locale) void setLocale(mine).catch(() => undefined);
  });
  await setLocale(preferredLocale(currentSession())).catch(() => undefined);
}
