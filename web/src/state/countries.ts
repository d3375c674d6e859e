import { useEffect, useState } from "preact/hooks";
import { api } from "../api/client.ts";

let names = new Map<string, string>();
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** Fetches the UN member states' names once (GET /api/countries); a failure leaves codes shown, and retries later. */
function load(): Promise<void> {
  loading ??= api.countries().then(
    (list) => {
      names = new Map(list.items.map((c) => [c.code, c.name]));
      for (const l of listeners) l();
    },
    () => {
      loading = null;
    },
  );
  return loading;
}

/** A country's name from the API, or its code until the names have arrived (or for a code the UN does not list). */
export function countryName(code: string): string {
  return names.get(code) ?? code;
}

/** "Canada (CAN)": the name and the code, where both help (titles, lists an analyst or admin scans). */
export function countryLabel(code: string): string {
  const name = names.get(code);
  return name ? `${name} (${code})` : code;
}

/** Loads the names and re-renders the calling component when they arrive. */
export function useCountryNames(): void {
  const [, setVersion] = useState(0);
  useEffect(() => {
    const on = () => setVersion((v) => v + 1);
    listeners.add(on);
    void load();
    return () => {
      listeners.delete(on);
    };
  }, []);
}
