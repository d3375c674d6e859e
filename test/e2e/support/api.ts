/** Node-side calls to the API, to seed data and to check what the server holds. */
export interface ApiCaller {
  token: string;
  call: <T>(method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<T>;
}

export async function apiAs(baseUrl: string, role: string, country?: string): Promise<ApiCaller> {
  const res = await fetch(`${baseUrl}/api/dev/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(country ? { role, country } : { role }),
  });
  if (!res.ok) throw new Error(`dev token: ${res.status} ${await res.text()}`);
  const { token } = (await res.json()) as { token: string };
  const call = async <T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const r = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
    return (await r.json()) as T;
  };
  return { token, call };
}

export interface InstrumentLite {
  id: string;
  version: string;
  dimensions: { id: string; indicators: { id: string }[] }[];
  profile: { id: string; kind: string; options: { id: string }[] }[];
  recommendations: { id: string; title: { en: string } }[];
}

export const INSTRUMENT = { instrumentId: "un-peace-ops-readiness", instrumentVersion: "2026.2" };

export async function loadInstrument(baseUrl: string, version = INSTRUMENT.instrumentVersion): Promise<InstrumentLite> {
  const r = await fetch(`${baseUrl}/api/instruments/${INSTRUMENT.instrumentId}/versions/${version}`);
  return (await r.json()) as InstrumentLite;
}

export const indicatorIds = (i: InstrumentLite) => i.dimensions.flatMap((d) => d.indicators.map((x) => x.id));
