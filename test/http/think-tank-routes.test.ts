import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Snapshot } from "../../functions/core/assessment.ts";
import { computeCohortStats } from "../../functions/core/statistics/cohort-stats.ts";
import { headlineRobustness } from "../../functions/core/statistics/robustness.ts";
import { parseCsv } from "../support/csv.ts";
import { answersOf, INSTRUMENT, indicatorIds, instrument, publishViaApi } from "../support/publishing.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

// biome-ignore lint/suspicious/noExplicitAny: response bodies are probed structurally in assertions
type Json = Record<string, any>;

let t: TestApp;
let analyst: string;
const snapshots = new Map<string, Snapshot>();
const query = (cycle: number) =>
  `instrument=${INSTRUMENT.instrumentId}&version=${INSTRUMENT.instrumentVersion}&cycle=${cycle}`;
const get = async (path: string, token = analyst) => {
  const res = await t.call("GET", path, { token });
  return { status: res.status, body: (await res.json()) as Json };
};
/**
 * Distinct answers per country, so that every statistic depends on who is counted; one unknown in thirteen keeps
 * every dimension above the coverage floor.
 */
const answersFor = (i: number) =>
  answersOf(indicatorIds.map((_, k) => (k % 13 === 12 ? "unknown" : (((i + k) % 4) as 0 | 1 | 2 | 3))));
/** Mostly unknown: below the coverage floor, so left out of statistics and exports (method 1.1). */
const belowFloor = answersOf(indicatorIds.map((_, k) => (k % 3 === 0 ? 2 : "unknown")));

const layout = [
  ["KEN", "public"],
  ["GHA", "public"],
  ["NGA", "public"],
  ["SEN", "public"],
  ["EGY", "public"],
  ["MAR", "pooled"],
  ["ZAF", "private"],
  ["CAN", "public"],
  ["FRA", "pooled"],
] as const;

beforeAll(async () => {
  t = await startTestApp();
  analyst = await t.token("analyst");
  for (const [i, [country, visibility]] of layout.entries()) {
    snapshots.set(country, await publishViaApi(t, country, 2026, answersFor(i), visibility));
  }
  for (const country of ["KEN", "GHA"]) await publishViaApi(t, country, 2025, answersFor(9), "public");
  snapshots.set("JPN", await publishViaApi(t, "JPN", 2026, belowFloor, "public"));
}, 120_000);
afterAll(() => t.close());

const publicAfrican = ["KEN", "GHA", "NGA", "SEN", "EGY"];
const expectedFor = (cohortId: string, countries: readonly string[]) =>
  computeCohortStats({
    cohortId,
    instrument,
    rows: countries.map((c) => ({ ...snapshots.get(c)!, headlineRobustness: headlineRobustness(snapshots.get(c)!) })),
    minCount: 5,
  });

describe("GET /api/cohorts and POST /api/cohorts", () => {
  it("lists the built-in cohorts, then the caller's own lists", async () => {
    const { status, body } = await get("/api/cohorts");
    expect(status).toBe(200);
    expect(body.items.slice(0, 6).map((c: Json) => [c.id, c.kind])).toEqual([
      ["all", "built-in"],
      ["african", "built-in"],
      ["asia-pacific", "built-in"],
      ["eastern-european", "built-in"],
      ["latin-american-caribbean", "built-in"],
      ["western-european-others", "built-in"],
    ]);
    expect(body.items[0].countries).toHaveLength(193);
    expect(body.items[1].name).toEqual({ en: "African Group", fr: "Groupe des États d’Afrique" });
  });

  it("creates a named list that only its author (and admins) can see", async () => {
    const created = await t.call("POST", "/api/cohorts", {
      token: analyst,
      body: { name: " Sahel partners ", countries: ["NGA", "SEN", "GHA"] },
    });
    expect(created.status).toBe(201);
    const cohort = (await created.json()) as Json;
    expect(cohort).toMatchObject({ name: { en: "Sahel partners" }, kind: "custom", countries: ["GHA", "NGA", "SEN"] });
    expect(created.headers.get("location")).toBe(`/api/cohorts/${cohort.id}`);
    const mine = (await get("/api/cohorts")).body.items.map((c: Json) => c.id);
    expect(mine).toContain(cohort.id);
    const otherAnalyst = (await t.keys.mint({ subject: "analyst-2", role: "analyst" })).token;
    expect((await get("/api/cohorts", otherAnalyst)).body.items.map((c: Json) => c.id)).not.toContain(cohort.id);
    expect((await get("/api/cohorts", await t.token("admin"))).body.items.map((c: Json) => c.id)).toContain(cohort.id);
    const stats = await get(`/api/cohorts/${cohort.id}/stats?${query(2026)}`, otherAnalyst);
    expect(stats.status).toBe(404);
    expect((await get(`/api/cohorts/${cohort.id}/stats?${query(2026)}`, await t.token("admin"))).status).toBe(200);
  });

  it.each([
    [{ name: "x", countries: ["XXX"] }, "body.countries.0"],
    [{ name: "x", countries: ["CAN", "can"] }, "body.countries.1"],
    [{ name: "x", countries: ["CAN", "NOR", "CAN"] }, "body.countries.2"],
    [{ name: "x", countries: [] }, "body.countries"],
    [{ name: "x", countries: "CAN" }, "body.countries"],
    [{ name: "  ", countries: ["CAN"] }, "body.name"],
    [{ name: "x".repeat(101), countries: ["CAN"] }, "body.name"],
    [{ countries: ["CAN"] }, "body.name"],
    [{ name: "x", countries: ["CAN"], owner: "me" }, "body"],
  ])("refuses %j with a 400 naming %s", async (body, field) => {
    const res = await t.call("POST", "/api/cohorts", { token: analyst, body });
    expect(res.status).toBe(400);
    expect(((await res.json()) as Json).error.details.field).toBe(field);
  });
});

describe("GET /api/cohorts/:id/stats", () => {
  it("releases a built-in cohort with exactly the statistics of its counted snapshots", async () => {
    const { status, body } = await get(`/api/cohorts/african/stats?${query(2026)}`);
    expect(status).toBe(200);
    const expected = expectedFor("african", publicAfrican);
    // MAR is pooled but alone among pooled African countries, so it is not counted; ZAF is private.
    expect(body).toMatchObject({ ...INSTRUMENT, cycle: 2026, minN: 5, suppressed: false, n: 5 });
    const { cohortId, suppressed, n, dimensions, belowCoverage, robustness } = body;
    expect({ cohortId, suppressed, n, dimensions, belowCoverage, robustness }).toEqual(expected);
    expect(robustness).toMatchObject({ suppressed: false, n: 5 });
    expect(body.dimensions.map((d: Json) => d.dimensionId)).toEqual(instrument.dimensions.map((d) => d.id));
    expect(body.trend.map((p: Json) => [p.cycle, p.suppressed])).toEqual([
      [2025, true],
      [2026, false],
    ]);
  });

  it("counts public countries of every group in `all`, less those below the coverage floor", async () => {
    expect(snapshots.get("JPN")!.score.overall).toMatchObject({ stage: null, belowCoverage: true });
    const { body } = await get(`/api/cohorts/all/stats?${query(2026)}`);
    expect(body.n).toBe(6);
    expect(body.belowCoverage).toBe(1);
    expect(body.dimensions).toEqual((expectedFor("all", [...publicAfrican, "CAN"]) as Json).dimensions);
  });

  it("suppresses a cohort below the threshold, with no count and no value", async () => {
    const { status, body } = await get(`/api/cohorts/western-european-others/stats?${query(2026)}`);
    expect(status).toBe(200);
    expect(body).toEqual({
      cohortId: "western-european-others",
      ...INSTRUMENT,
      cycle: 2026,
      minN: 5,
      suppressed: true,
    });
    const empty = await get(`/api/cohorts/eastern-european/stats?${query(2031)}`);
    expect(empty.body).toEqual({ cohortId: "eastern-european", ...INSTRUMENT, cycle: 2031, minN: 5, suppressed: true });
  });

  it("computes an analyst's list from public results only", async () => {
    const created = await t.call("POST", "/api/cohorts", {
      token: analyst,
      body: { name: "Africa incl. pooled", countries: [...publicAfrican, "MAR", "ZAF", "JPN"] },
    });
    const { id } = (await created.json()) as Json;
    const { body } = await get(`/api/cohorts/${id}/stats?${query(2026)}`);
    const { cohortId, suppressed, n, dimensions, belowCoverage, robustness } = body;
    expect({ cohortId, suppressed, n, dimensions, belowCoverage, robustness }).toEqual({
      ...expectedFor(id, publicAfrican),
      belowCoverage: 1,
    });
    expect(body.trend.map((p: Json) => p.cycle)).toEqual([2025, 2026]);
  });

  it.each([
    ["version=2026.1&cycle=2026", "query.instrument"],
    [`instrument=${INSTRUMENT.instrumentId}&version=1999.9&cycle=2026`, "query.version"],
    [`instrument=${INSTRUMENT.instrumentId}&version=2026.1&cycle=abc`, "query.cycle"],
    [`instrument=${INSTRUMENT.instrumentId}&version=2026.1`, "query.cycle"],
    [`${query(2026)}&extra=1`, "query"],
  ])("refuses ?%s with a 400 naming %s", async (q, field) => {
    const { status, body } = await get(`/api/cohorts/all/stats?${q}`);
    expect(status).toBe(400);
    expect(body.error.details.field).toBe(field);
  });

  it("answers 404 for a cohort that does not exist", async () => {
    expect((await get(`/api/cohorts/no-such-cohort/stats?${query(2026)}`)).status).toBe(404);
  });
});

describe("GET /api/profiles/:country", () => {
  it("shows a public country's latest public snapshot and the public snapshot of each cycle", async () => {
    const { status, body } = await get("/api/profiles/KEN", await t.token("official", "BRA"));
    expect(status).toBe(200);
    expect(body).toMatchObject({ country: "KEN", name: "Kenya", unRegionalGroup: "african" });
    expect(body.latest).toMatchObject({ id: snapshots.get("KEN")!.id, cycle: 2026, ...INSTRUMENT });
    expect(body.latest.score.dimensions).toEqual(snapshots.get("KEN")!.score.dimensions);
    expect(body.latest.score).not.toHaveProperty("recommendations");
    // Level and published evidence grade only: no notes, reasons or sources.
    const answerKeys = new Set(Object.values(body.latest.answers).flatMap((a) => Object.keys(a as object)));
    expect([...answerKeys].sort()).toEqual(["evidence", "level"]);
    expect(body.latest.evidence).toEqual({ verifiedShare: 0, respondents: 1 });
    expect(body.history.map((h: Json) => h.cycle)).toEqual([2026, 2025]);
  });

  it.each([
    ["MAR", 404],
    ["ZAF", 404],
    ["XXX", 404],
    ["ken", 400],
  ])("answers %s with %i", async (country, status) => {
    expect((await get(`/api/profiles/${country}`)).status).toBe(status);
  });
});

describe("exports", () => {
  it("streams public rows as RFC 4180 CSV with a header the codebook describes", async () => {
    const res = await t.call("GET", "/api/exports/scores.csv?cycle=2026", { token: analyst });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("content-disposition")).toContain("reengage-scores-2026.csv");
    const text = await res.text();
    expect(text.endsWith("\r\n")).toBe(true);
    const [header, ...rows] = parseCsv(text);
    const codebook = (await get("/api/exports/codebook.json")).body;
    expect(header).toEqual(codebook.columns.map((c: Json) => c.name));
    expect(header).toEqual(
      expect.arrayContaining(["instrument_version", "method_version", "casualty_risk_policy_level"]),
    );
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
    const column = (name: string) => header!.indexOf(name);
    expect(rows.map((r) => r[column("country")])).toEqual(["CAN", "EGY", "GHA", "KEN", "NGA", "SEN"]);
    const ken = rows.find((r) => r[column("country")] === "KEN")!;
    expect(ken[column("snapshot_id")]).toBe(snapshots.get("KEN")!.id);
    expect(ken[column("method_version")]).toBe(snapshots.get("KEN")!.score.methodVersion);
    expect(Number(ken[column("risk_tolerance_index")])).toBe(snapshots.get("KEN")!.score.dimensions[0]!.index);
    expect(ken[column("casualty_risk_policy_level")]).toBe(
      String(snapshots.get("KEN")!.answers["casualty-risk-policy"]?.level ?? ""),
    );
    const civ = rows.find((r) => r[column("country")] === "EGY")!;
    expect(civ[column("country_name")]).toBe("Egypt");
  });

  it("exports every cycle without ?cycle= and the same rows as JSON", async () => {
    const csv = parseCsv(await (await t.call("GET", "/api/exports/scores.csv", { token: analyst })).text());
    expect(csv).toHaveLength(1 + 8);
    const res = await t.call("GET", "/api/exports/scores.json", { token: analyst });
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const json = (await res.json()) as Json;
    expect(json.items.map((r: Json) => `${r.cycle}${r.country}`)).toEqual(csv.slice(1).map((r) => `${r[3]}${r[0]}`));
    expect(typeof json.items[0].overall_mean).toBe("number");
    expect(json.codebook).toBe("/api/exports/codebook.json");
    expect(json.belowCoverage).toBe(1);
    expect(json.items.map((r: Json) => r.country)).not.toContain("JPN");
  });

  it("describes every column, and every level of the categorical ones", async () => {
    const { body } = await get("/api/exports/codebook.json");
    for (const column of body.columns) expect(column.description.length).toBeGreaterThan(5);
    const level = body.columns.find((c: Json) => c.name === "casualty_risk_policy_level");
    expect(Object.keys(level.levels).sort()).toEqual(["", "0", "1", "2", "3", "na", "unknown"]);
    expect(body.columns.find((c: Json) => c.name === "overall_stage").levels).toHaveProperty("5");
    expect(body.instruments).toEqual([
      expect.objectContaining({ id: INSTRUMENT.instrumentId, version: "2026.1" }),
      expect.objectContaining({ id: INSTRUMENT.instrumentId, version: "2026.2" }),
    ]);
  });

  it("leaves percent to target out of the exports and says why in the codebook, in English and French", async () => {
    const csv = parseCsv(await (await t.call("GET", "/api/exports/scores.csv", { token: analyst })).text());
    expect(csv[0]).not.toContain("percent_to_target");
    const english = (await get("/api/exports/codebook.json")).body;
    const french = (await get("/api/exports/codebook.json?lang=fr")).body;
    expect(english.columns.map((c: Json) => c.name)).not.toContain("percent_to_target");
    expect(english.notInExports).toEqual([expect.objectContaining({ name: "percent_to_target" })]);
    expect(english.notInExports[0].note).toContain("Not comparable across countries");
    expect(french.notInExports.map((f: Json) => f.name)).toEqual(["percent_to_target"]);
    expect(french.notInExports[0].note).toContain("Non comparable d’un pays à l’autre");
    expect(english.belowCoverage).toContain("coverage");
    expect(french.belowCoverage).toContain("couverture");
  });

  it("refuses a malformed cycle with a 400 naming it", async () => {
    const { status, body } = await get("/api/exports/scores.csv?cycle=26");
    expect(status).toBe(400);
    expect(body.error.details.field).toBe("query.cycle");
  });
});
