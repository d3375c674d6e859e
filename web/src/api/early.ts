/** What web/early-requests.js started while the page loaded: responses by path, and the language it asked in. */
interface EarlyRequests {
  at: number;
  lang: string;
  responses: Record<string, Promise<Response | null> | undefined>;
}

/** Older responses are not used: the data may have changed since (another tab, another person). */
const MAX_AGE_MS = 10_000;

/**
 * The response to a GET of this path that the page started before the app's code had loaded, at most once: when
 * it is recent and can stand in for the app's own request (a success, or any answer given in the app's language).
 * Undefined when there is none; the promise gives null when the app should ask itself after all.
 */
export function takeEarlyResponse(path: string, language: string): Promise<Response | null> | undefined {
  const early = (globalThis as { __reengageEarly?: EarlyRequests }).__reengageEarly;
  const pending = early?.responses[path];
  if (!early || !pending) return undefined;
  delete early.responses[path];
  if (Date.now() - early.at >= MAX_AGE_MS) return undefined;
  return pending.then((res) => (res && (res.ok || early.lang === language) ? res : null));
}
