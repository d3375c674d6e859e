import type { Assessment } from "../functions/core/assessment.ts";
import { findInstrument } from "../functions/core/instrument/catalogue.ts";
import { scoreAssessment } from "../functions/core/scoring/score-report.ts";
import { SENSITIVITY_DRAWS, sensitivity } from "../functions/core/scoring/sensitivity.ts";
import { randomAssessments } from "./scoring.ts";
import { median } from "./stats.ts";
import type { BenchSection } from "./table.ts";

const SECTION = "method";
const ASSESSMENTS = 2000;
const WARM_UP_ROUNDS = 3;
const ROUNDS = 7;
const SENSITIVITY_RUNS = 9;
const JSON_REPEATS = 2000;
const SEED = 20261129;
const TARGET_REPORTS_PER_SECOND = 10_000;
const TARGET_SENSITIVITY_SECONDS = 0.5;

type Work<T> = (item: T) => number;

interface PerItem {
  /** Wall-clock seconds per item. */
  wall: number;
  /** This process's CPU seconds (user + system) per item: time slices other processes take do not count. */
  cpu: number;
}

/** Seconds per item of one pass of `work` over `items`; the checksum keeps the work from being dropped. */
function secondsPerItem<T>(items: readonly T[], work: Work<T>): PerItem {
  let checksum = 0;
  const cpuAtStart = process.cpuUsage();
  const start = performance.now();
  for (const item of items) checksum += work(item);
  const wall = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuAtStart);
  if (checksum < 0) throw new Error("unreachable: checksums are non-negative");
  return { wall: wall / items.length, cpu: (cpu.user + cpu.system) / 1e6 / items.length };
}

/**
 * Median wall seconds per item of `a` and of `b`, and `a`'s CPU seconds, rounds alternating so both meet the same
 * JIT state and load.
 */
function alternate<T, U>(a: [readonly T[], Work<T>], b: [readonly U[], Work<U>], rounds: number) {
  const as: PerItem[] = [];
  const bs: number[] = [];
  for (let i = 0; i < WARM_UP_ROUNDS + rounds; i++) {
    const ta = secondsPerItem(...a);
    const tb = secondsPerItem(...b);
    if (i < WARM_UP_ROUNDS) continue;
    as.push(ta);
    bs.push(tb.wall);
  }
  return { a: median(as.map((t) => t.wall)), aCpu: median(as.map((t) => t.cpu)), b: median(bs) };
}

const jsonRoundTrip: Work<Assessment> = (a) => (JSON.parse(JSON.stringify(a)) as Assessment).version;
const kilobytes = (texts: readonly string[]) =>
  Math.round(texts.reduce((sum, t) => sum + t.length, 0) / texts.length / 100) / 10;
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** A published version of the instrument, its random assessments, and the work of scoring one under method 1.1. */
function scoringWork(version: "2026.1" | "2026.2") {
  const instrument = findInstrument("un-peace-ops-readiness", version);
  if (!instrument) throw new Error(`instrument un-peace-ops-readiness ${version} is not published`);
  const assessments = randomAssessments(instrument, ASSESSMENTS, SEED);
  const reportOf = (a: Assessment) => scoreAssessment(instrument, a.answers, a.profile, { method: "1.1.0" });
  const report: Work<Assessment> = (a) => reportOf(a).recommendations.length;
  return { instrument, assessments, reportOf, report };
}

/** Method 1.1 reports of the newest instrument (2026.2, the one new assessments use), against a JSON round trip. */
function liveInstrumentRate() {
  const { assessments, report } = scoringWork("2026.2");
  const perReport = assessments.reduce((sum, a) => sum + report(a), 0) / assessments.length;
  return {
    ...alternate([assessments, report], [assessments, jsonRoundTrip], ROUNDS),
    recommendations: round(perReport, 1),
  };
}

/**
 * Method 1.1 in one run: score reports per second over random assessments, the sensitivity analysis of one
 * assessment (1,000 draws), and each against a JSON round trip of the same assessments, measured alongside.
 */
export const methodBench: BenchSection = async () => {
  const { instrument, assessments, reportOf, report } = scoringWork("2026.1");
  const scoring = alternate([assessments, report], [assessments, jsonRoundTrip], ROUNDS);
  const reportTexts = assessments.map((a) => JSON.stringify(reportOf(a)));
  const parseReport: Work<string> = (text) => (JSON.parse(text) as { dimensions: unknown[] }).dimensions.length;
  const building = alternate([assessments, report], [reportTexts, parseReport], ROUNDS);

  const one = assessments[0] as Assessment;
  const seeds = [SEED];
  const draws: Work<number> = (seed) =>
    sensitivity(instrument, one.answers, one.profile, { draws: SENSITIVITY_DRAWS, seed }).draws;
  const sameOne = Array.from({ length: JSON_REPEATS }, () => one);
  const spread = alternate([seeds, draws], [sameOne, jsonRoundTrip], SENSITIVITY_RUNS);

  const live = liveInstrumentRate();
  const reportsPerSecond = Math.round(1 / scoring.a);
  const reportsPerCpuSecond = Math.round(1 / scoring.aCpu);
  const sensitivitySeconds = round(spread.a, 3);
  const note = `${ASSESSMENTS} random assessments of 2026.1 (about 15% na/unknown), median of ${ROUNDS} rounds, wall clock`;
  return [
    {
      section: SECTION,
      metric: "method 1.1 score reports per second",
      value: reportsPerSecond,
      unit: "reports/s",
      target: `≥ ${TARGET_REPORTS_PER_SECOND}`,
      ok: reportsPerSecond >= TARGET_REPORTS_PER_SECOND,
      note,
    },
    {
      section: SECTION,
      metric: "method 1.1 score reports per second of CPU time",
      value: reportsPerCpuSecond,
      unit: "reports/s",
      note: "the same rounds timed by this process's CPU time (user + system, V8's helper threads included): what other processes' load moves least",
    },
    {
      section: SECTION,
      metric: "method 1.1 score reports per second, instrument 2026.2",
      value: Math.round(1 / live.a),
      unit: "reports/s",
      target: `≥ ${TARGET_REPORTS_PER_SECOND}`,
      ok: 1 / live.a >= TARGET_REPORTS_PER_SECOND,
      note: `the newest instrument, more indicators and recommendations (${live.recommendations} per report); ${Math.round(1 / live.aCpu)} per second of CPU time; ${round(live.a / live.b, 1)}× a JSON round trip`,
    },
    {
      section: SECTION,
      metric: "score report ÷ JSON round trip",
      value: round(scoring.a / scoring.b, 1),
      unit: "×",
      note: `JSON.parse(JSON.stringify(assessment)) of the same assessments: ${Math.round(1 / scoring.b)} per second`,
    },
    {
      section: SECTION,
      metric: "score report ÷ JSON.parse of the report",
      value: round(building.a / building.b, 2),
      unit: "×",
      note: `parsing the finished report from its JSON (${kilobytes(reportTexts)} KB on average) builds the same objects: ${Math.round(1 / building.b)} per second`,
    },
    {
      section: SECTION,
      metric: `sensitivity, ${SENSITIVITY_DRAWS} draws, one assessment`,
      value: sensitivitySeconds,
      unit: "s",
      target: `≤ ${TARGET_SENSITIVITY_SECONDS}`,
      ok: sensitivitySeconds <= TARGET_SENSITIVITY_SECONDS,
      note: `median of ${SENSITIVITY_RUNS} runs (seed fixed), after ${WARM_UP_ROUNDS} warm-up runs, wall clock`,
    },
    {
      section: SECTION,
      metric: "sensitivity ÷ JSON round trip",
      value: Math.round(spread.a / spread.b),
      unit: "×",
      note: `the same assessment's JSON round trip: ${round(spread.b * 1e6, 1)} µs`,
    },
  ];
};
