import { locale } from "../i18n/index.ts";
import { takeEarlyResponse } from "./early.ts";
import { instrumentPath } from "./paths.ts";
import type {
  Answer,
  AppConfig,
  Assessment,
  AssessmentSummary,
  Cohort,
  CohortStats,
  CountryList,
  CountryProfile,
  CreatedAssessment,
  Instrument,
  MyResponse,
  ProfileAnswers,
  PublicScoreRow,
  Responses,
  ReviewState,
  Role,
  ScoreReport,
  Sensitivity,
  Snapshot,
  SnapshotComparison,
  Visibility,
  VisibilityChange,
} from "./types.ts";

/** An error answered by the API (`status` 0 when the network failed). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

interface AuthHooks {
  getToken: () => Promise<string | null>;
  /** Renews the token after a 401; true when a new token is available. */
  refresh: () => Promise<boolean>;
}

let auth: AuthHooks = { getToken: async () => null, refresh: async () => false };

export function configureAuth(hooks: AuthHooks): void {
  auth = hooks;
}

interface Options {
  body?: unknown;
  headers?: Record<string, string>;
  anonymous?: boolean;
  /** The browser's HTTP cache is bypassed unless a route's answers never change (published instrument versions). */
  cache?: RequestCache;
}

interface Reply<T> {
  data: T;
  etag: string | null;
}

async function send(method: string, path: string, opts: Options): Promise<Response> {
  // The questionnaire's data may already be on its way (web/early-requests.js): the first ask takes it.
  const early = method === "GET" ? await takeEarlyResponse(path, locale) : null;
  if (early) return early;
  const headers: Record<string, string> = { Accept: "application/json", "Accept-Language": locale, ...opts.headers };
  if (opts.body !== undefined) headers["Content-Type"] = "application/json";
  const token = opts.anonymous ? null : await auth.getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  const body = opts.body === undefined ? null : JSON.stringify(opts.body);
  try {
    return await fetch(path, { method, headers, body, cache: opts.cache ?? "no-store" });
  } catch {
    throw new ApiError(0, "network", "The server could not be reached.");
  }
}

async function toError(res: Response): Promise<ApiError> {
  const payload = (await res.json().catch(() => null)) as {
    error?: { code?: string; message?: string; details?: Record<string, unknown> };
  } | null;
  const e = payload?.error;
  return new ApiError(res.status, e?.code ?? `http_${res.status}`, e?.message ?? res.statusText, e?.details);
}

export async function request<T>(method: string, path: string, opts: Options = {}): Promise<Reply<T>> {
  let res = await send(method, path, opts);
  if (res.status === 401 && !opts.anonymous && (await auth.refresh())) res = await send(method, path, opts);
  if (!res.ok) throw await toError(res);
  const data = res.status === 204 ? (undefined as T) : ((await res.json()) as T);
  return { data, etag: res.headers.get("ETag") };
}

async function get<T>(path: string): Promise<T> {
  return (await request<T>("GET", path)).data;
}

const enc = encodeURIComponent;
const ifMatch = (version: number) => ({ "If-Match": `"${version}"` });

export const api = {
  config: async () => (await request<AppConfig>("GET", "/config.json", { anonymous: true })).data,
  devToken: async (role: Role, country?: string, subject?: string) =>
    (
      await request<{ token: string; expiresAt: string }>("POST", "/api/dev/token", {
        anonymous: true,
        body: { role, country, subject },
      })
    ).data,
  countries: async (lang: "en" | "fr") =>
    (await request<CountryList>("GET", `/api/countries?lang=${lang}`, { anonymous: true })).data,
  instruments: () =>
    get<{ items: { id: string; version: string; title: { en: string; fr?: string } }[] }>("/api/instruments?lang=fr"),
  // Both languages (see instrumentPath). A published version never changes (Cache-Control: immutable, ETag): the
  // browser may keep it between visits.
  instrument: async (id: string, version: string) =>
    (await request<Instrument>("GET", instrumentPath(id, version), { cache: "default" })).data,
  assessments: (query: { country?: string; cycle?: number; nextToken?: string }) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== "") q.set(k, String(v));
    return get<{ items: AssessmentSummary[]; nextToken?: string }>(`/api/assessments?${q}`);
  },
  createAssessment: async (body: {
    country: string;
    cycle: number;
    instrumentId: string;
    instrumentVersion: string;
    copyFrom?: string;
  }) => (await request<CreatedAssessment>("POST", "/api/assessments", { body })).data,
  assessment: (id: string) => get<Assessment>(`/api/assessments/${enc(id)}`),
  patch: async (
    id: string,
    version: number,
    body: { answers?: Record<string, Answer | null>; profile?: ProfileAnswers },
  ) => (await request<Assessment>("PATCH", `/api/assessments/${enc(id)}`, { body, headers: ifMatch(version) })).data,
  score: (id: string, capacity?: string) =>
    get<ScoreReport>(`/api/assessments/${enc(id)}/score${capacity ? `?capacity=${enc(capacity)}` : ""}`),
  sensitivity: (id: string) => get<Sensitivity>(`/api/assessments/${enc(id)}/sensitivity`),
  submit: async (id: string, key: string) =>
    (
      await request<Snapshot>("POST", `/api/assessments/${enc(id)}/submit`, {
        body: {},
        headers: { "Idempotency-Key": key },
      })
    ).data,
  reviews: (id: string) => get<{ items: ReviewState[] }>(`/api/assessments/${enc(id)}/reviews`),
  recordReview: async (id: string, body: { indicatorId: string; verdict: "verified" | "disputed"; note?: string }) =>
    (await request<ReviewState>("POST", `/api/assessments/${enc(id)}/reviews`, { body })).data,
  responses: (id: string) => get<Responses>(`/api/assessments/${enc(id)}/responses`),
  /** The caller's own response, or null before the first save. */
  myResponse: async (id: string): Promise<MyResponse | null> => {
    try {
      return await get<MyResponse>(`/api/assessments/${enc(id)}/responses/mine`);
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) return null;
      throw e;
    }
  },
  /** First save with If-None-Match: *, later ones with If-Match on the version held. */
  saveMyResponse: async (
    id: string,
    version: number | null,
    body: { institution?: string; answers: Record<string, Answer | null> },
  ) =>
    (
      await request<MyResponse>("PATCH", `/api/assessments/${enc(id)}/responses/mine`, {
        body,
        headers: version === null ? { "If-None-Match": "*" } : ifMatch(version),
      })
    ).data,
  snapshots: (id: string) => get<{ items: Snapshot[] }>(`/api/assessments/${enc(id)}/snapshots`),
  snapshot: (id: string) => get<Snapshot>(`/api/snapshots/${enc(id)}`),
  compare: (a: string, b: string) => get<SnapshotComparison>(`/api/snapshots/${enc(a)}/compare/${enc(b)}`),
  setVisibility: async (id: string, visibility: Visibility) =>
    (await request<VisibilityChange>("PUT", `/api/assessments/${enc(id)}/visibility`, { body: { visibility } })).data,
  visibilityLog: (id: string) => get<{ items: VisibilityChange[] }>(`/api/assessments/${enc(id)}/visibility-log`),
  cohorts: () => get<{ items: Cohort[] }>("/api/cohorts"),
  createCohort: async (name: string, countries: string[]) =>
    (await request<Cohort>("POST", "/api/cohorts", { body: { name, countries } })).data,
  cohortStats: (id: string, q: { instrument: string; version: string; cycle: number }) =>
    get<CohortStats>(
      `/api/cohorts/${enc(id)}/stats?instrument=${enc(q.instrument)}&version=${enc(q.version)}&cycle=${q.cycle}`,
    ),
  /** Every public country's scores, one row per country and cycle (the score export, read as JSON). */
  publicScores: () => get<{ items: PublicScoreRow[] }>("/api/exports/scores.json"),
  profile: (country: string) => get<CountryProfile>(`/api/profiles/${enc(country)}`),
  /** Fetches an export with the bearer token and returns it as a Blob for download. */
  exportFile: async (path: string): Promise<Blob> => {
    let res = await send("GET", path, {});
    if (res.status === 401 && (await auth.refresh())) res = await send("GET", path, {});
    if (!res.ok) throw await toError(res);
    return res.blob();
  },
};
