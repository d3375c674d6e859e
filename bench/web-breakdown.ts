import type { Page } from "playwright-core";
import { median } from "./stats.ts";
import type { BenchRow } from "./table.ts";

/** When the app asked for the questionnaire's signed data (assessment, own response) and when the last answer was in. */
export interface DataTimes {
  dataAsked?: number;
  dataIn?: number;
}

/**
 * Read from the page's Resource Timing after a load: the requests for the assessment and the caller's response
 * that started before the first question showed (the early script's, or the app's when it asked itself).
 */
export function dataTimes(page: Page, visible: number | undefined): Promise<DataTimes> {
  return page.evaluate((shown) => {
    const signed = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter(
      (r) => new URL(r.name).pathname.startsWith("/api/assessments/") && (shown === null || r.startTime < shown),
    );
    if (signed.length === 0) return {};
    return {
      dataAsked: Math.min(...signed.map((r) => r.startTime)),
      dataIn: Math.max(...signed.map((r) => r.responseEnd)),
    };
  }, visible ?? null);
}

/**
 * Where the app's first question spends the time beyond the floor's, for context (medians over the app's loads):
 * the signed reads can start only once the page's HTML is parsed, which is when the static page is already done;
 * then they wait for their answers, then for the code and the render that show the first question.
 */
export function breakdownRows(
  section: string,
  loads: (DataTimes & { visible?: number })[],
  floorVisible: number,
): BenchRow[] {
  type Complete = Required<DataTimes> & { visible: number };
  const complete = loads.filter(
    (l): l is Complete => l.dataAsked !== undefined && l.dataIn !== undefined && l.visible !== undefined,
  );
  const of = (f: (l: Complete) => number) => Math.round(median(complete.map(f)));
  return [
    {
      section,
      metric: "app: assessment and own response asked for (median)",
      value: of((l) => l.dataAsked),
      unit: "ms",
      note: `context: navigation start → the page's early requests; the static page showed its first question at ${Math.round(floorVisible)} ms`,
    },
    {
      section,
      metric: "app: … answered (median time from asking to the last byte)",
      value: of((l) => l.dataIn - l.dataAsked),
      unit: "ms",
      note: "context: server and browser network time of the two signed reads",
    },
    {
      section,
      metric: "app: … first question shown after the last answer (median)",
      value: of((l) => l.visible - l.dataIn),
      unit: "ms",
      note: "context: handing the answers to the page, the app's code, the first render",
    },
  ];
}
