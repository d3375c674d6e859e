import { useEffect, useState } from "preact/hooks";

let navigated = false;

/** The hash route as path segments: "#/a/42/q/risk-tolerance" → ["a", "42", "q", "risk-tolerance"]. */
export function parseRoute(hash: string): string[] {
  return hash
    .replace(/^#\/?/, "")
    .split("?")[0]!
    .split("/")
    .filter(Boolean)
    .map((s) => decodeURIComponent(s));
}

export function useRoute(): string[] {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const on = () => {
      navigated = true;
      setRoute(parseRoute(location.hash));
    };
    addEventListener("hashchange", on);
    return () => removeEventListener("hashchange", on);
  }, []);
  return route;
}

export function href(...segments: (string | number)[]): string {
  return `#/${segments.map((s) => encodeURIComponent(String(s))).join("/")}`;
}

export function navigate(to: string, replace = false): void {
  if (replace) {
    history.replaceState(null, "", to);
    dispatchEvent(new HashChangeEvent("hashchange"));
  } else location.hash = to;
}

/** Whether the user has moved between pages (then focus goes to the new page's heading). */
export const hasNavigated = (): boolean => navigated;
