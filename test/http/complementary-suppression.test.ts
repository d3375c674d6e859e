import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../../functions/core/assessment.ts";
import { answersOf, INSTRUMENT, indicatorIds, publishViaApi } from "../support/publishing.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

// biome-ignore lint/suspicious/noExplicitAny: response bodies are probed structurally in assertions
type Json = Record<string, any>;

/**
 * The attack of issue #11.1, through the API as an analyst sees it: five public and five pooled WEOG countries,
 * and one pooled country alone in Asia-Pacific (withheld there). Subtracting the WEOG figures from `all` must not
 * give that country's index or answers.
 */
const MIN = 5;
const WEOG_PUBLIC = ["AUS", "CAN", "DEU", "ESP", "FRA"];
const WEOG_POOLED = ["ITA", "NLD", "NOR", "NZL", "SWE"];
const LONE = "JPN";
const query = `instrument=${INSTRUMENT.instrumentId}&version=${INSTRUMENT.instrumentVersion}&cycle=2026`;

let t: TestApp;
let analyst: string;
const answersFor = (i: number): Record<string, Answer> =>
  answersOf(indicatorIds.map((_, k) => ((i * 7 + k * 3) % 4) as 0 | 1 | 2 | 3));

async function stats(cohortId: string): Promise<Json> {
  const res = await t.call("GET", `/api/cohorts/${cohortId}/stats?${query}`, { token: analyst });
  expect(res.status).toBe(200);
  return (await res.json()) as Json;
}

/** The cells both answers release, as [all cell, weog cell] pairs: dimensions and indicators. */
function releasedPairs(all: Json, weog: Json): [Json, Json][] {
  const cells = (s: Json) =>
    new Map<string, Json>(
      s.dimensions.flatMap((d: Json) => [
        [`d:${d.dimensionId}`, d],
        ...d.indicators.map((i: Json) => [`i:${i.indicatorId}`, i]),
      ]),
    );
  const [a, w] = [cells(all), cells(weog)];
  return [...a]
    .filter(([key, cell]) => !cell.suppressed && w.get(key)?.suppressed === false)
    .map(([key, cell]) => [cell, w.get(key)!]);
}

beforeAll(async () => {
  t = await startTestApp({ pooledMinCount: MIN });
  analyst = await t.token("analyst");
  for (const [i, country] of WEOG_PUBLIC.entries()) await publishViaApi(t, country, 2026, answersFor(i), "public");
  for (const [i, country] of WEOG_POOLED.entries()) await publishViaApi(t, country, 2026, answersFor(5 + i), "pooled");
  await publishViaApi(t, LONE, 2026, answersFor(11), "pooled");
}, 180_000);
afterAll(() => t.close());

describe("complementary suppression across the built-in cohorts", () => {
  it("withholds the lone pooled country from `all`, so `all` minus its regional groups shows nothing of it", async () => {
    const [all, weog, asiaPacific] = [
      await stats("all"),
      await stats("western-european-others"),
      await stats("asia-pacific"),
    ];
    expect(asiaPacific.suppressed).toBe(true);
    expect(weog).toMatchObject({ suppressed: false, n: 10 });
    expect(all).toMatchObject({ suppressed: false });
    // The difference rests on pooled countries only (Asia-Pacific has no public one): 0 or at least MIN of them.
    expect([0, ...Array.from({ length: 50 }, (_, k) => MIN + k)]).toContain(all.n - weog.n);
    const pairs = releasedPairs(all, weog);
    expect(pairs.length).toBeGreaterThan(0);
    for (const [a, w] of pairs) {
      const difference = a.n - w.n;
      expect(difference === 0 || difference >= MIN).toBe(true);
    }
  });

  it("recovers none of the lone country's answers from the level counts", async () => {
    const [all, weog] = [await stats("all"), await stats("western-european-others")];
    // The lone country answered every indicator, so any trace of it would show in some level count.
    expect(Object.keys(answersFor(11))).toEqual(indicatorIds);
    for (const [a, w] of releasedPairs(all, weog)) {
      if (!("levels" in a)) continue;
      const left = Object.entries(a.levels as Record<string, number>).filter(([level, count]) => {
        return count - (w.levels as Record<string, number>)[level]! !== 0;
      });
      expect(left).toEqual([]);
    }
  });
});
