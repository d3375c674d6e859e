import type { Answer, Assessment } from "../functions/core/assessment.ts";
import { findInstrument } from "../functions/core/instrument/catalogue.ts";
import type { Instrument } from "../functions/core/instrument/schema.ts";
import { scoreAssessment } from "../functions/core/scoring/score-report.ts";
import { seededRandom } from "../functions/core/scoring/seeded-random.ts";
import { median } from "./stats.ts";
import type { BenchRow, BenchSection } from "./table.ts";

const SECTION = "scoring";
const ASSESSMENTS = 2000;
const WARM_UP_ROUNDS = 5;
const ROUNDS = 7;
const SEED = 20260101;
const TARGET_REPORTS_PER_SECOND = 20_000;
const TARGET_MICROS_PER_REPORT = 50;

// Mostly levels 0–3, with about 8% na and 7% unknown, so every branch of the method is exercised.
function randomAnswer(random: () => number): Answer {
  const r = random();
  if (r < 0.08) return { level: "na", reason: "Not part of our intended contribution" };
  if (r < 0.15) return { level: "unknown" };
  const level = Math.floor(random() * 4) as 0 | 1 | 2 | 3;
  return random() < 0.5 ? { level, evidence: "documented" } : { level };
}

/** One option for a single-choice question, each option with probability 0.35 for a multi-choice one. */
function randomProfile(instrument: Instrument, random: () => number): Record<string, string[]> {
  const profile: Record<string, string[]> = {};
  for (const question of instrument.profile) {
    const ids = question.options.map((o) => o.id);
    profile[question.id] =
      question.kind === "single"
        ? [ids[Math.floor(random() * ids.length)] as string]
        : ids.filter(() => random() < 0.35);
  }
  return profile;
}

/** `count` complete assessments (every indicator answered) of `instrument`, reproducible from `seed`. */
export function randomAssessments(instrument: Instrument, count: number, seed: number): Assessment[] {
  const random = seededRandom(seed);
  const ids = instrument.dimensions.flatMap((d) => d.indicators.map((i) => i.id));
  return Array.from({ length: count }, (_, n) => {
    const answers: Record<string, Answer> = {};
    for (const id of ids) answers[id] = randomAnswer(random);
    return {
      id: `bench-${n}`,
      country: "CAN",
      cycle: 2026,
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      status: "draft",
      version: 1,
      answers,
      profile: randomProfile(instrument, random),
      visibility: "private",
      createdAt: "2026-01-01T00:00:00.000Z",
      updatedAt: "2026-01-01T00:00:00.000Z",
    };
  });
}

type Work = (a: Assessment) => number;

/** Seconds per assessment of one round, by the wall clock and in CPU time (user + system) of this process. */
interface Timing {
  wall: number;
  cpu: number;
}

/** Runs `work` once over every assessment; the checksum keeps the work from being optimised away. */
function timeRound(assessments: readonly Assessment[], work: Work): Timing {
  let checksum = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (const a of assessments) checksum += work(a);
  const wall = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  if (checksum < 0) throw new Error("unreachable: checksums are non-negative");
  return { wall: wall / assessments.length, cpu: (cpu.user + cpu.system) / 1e6 / assessments.length };
}

/**
 * Median timings of reports and of JSON round trips. Rounds alternate between the two, after a warm-up of each,
 * so that both meet the same JIT state and the same load from other processes.
 */
function measure(assessments: readonly Assessment[], report: Work, json: Work): { report: Timing; json: Timing } {
  for (let i = 0; i < WARM_UP_ROUNDS; i++) {
    timeRound(assessments, report);
    timeRound(assessments, json);
  }
  const reports: Timing[] = [];
  const jsons: Timing[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    reports.push(timeRound(assessments, report));
    jsons.push(timeRound(assessments, json));
  }
  const medianOf = (ts: Timing[]) => ({ wall: median(ts.map((t) => t.wall)), cpu: median(ts.map((t) => t.cpu)) });
  return { report: medianOf(reports), json: medianOf(jsons) };
}

function rows(report: Timing, json: Timing): BenchRow[] {
  const reportsPerSecond = Math.round(1 / report.wall);
  const microsPerReport = Math.round(report.wall * 1e8) / 100;
  const ratio = Math.round((report.wall / json.wall) * 100) / 100;
  const cpuRatio = Math.round((report.cpu / json.cpu) * 100) / 100;
  const sample = `${ASSESSMENTS} complete random assessments, median of ${ROUNDS} rounds, one thread, wall clock`;
  return [
    {
      section: SECTION,
      metric: "full score reports per second",
      value: reportsPerSecond,
      unit: "reports/s",
      target: `≥ ${TARGET_REPORTS_PER_SECOND}`,
      ok: reportsPerSecond >= TARGET_REPORTS_PER_SECOND,
      note: sample,
    },
    {
      section: SECTION,
      metric: "time per score report",
      value: microsPerReport,
      unit: "µs",
      target: `≤ ${TARGET_MICROS_PER_REPORT}`,
      ok: microsPerReport <= TARGET_MICROS_PER_REPORT,
      note: `CPU time ${Math.round(report.cpu * 1e7) / 10} µs; wall above it means other processes share the CPU`,
    },
    {
      section: SECTION,
      metric: "JSON round trips per second",
      value: Math.round(1 / json.wall),
      unit: "round trips/s",
      note: "JSON.parse(JSON.stringify(assessment)) of the same assessments, for scale",
    },
    {
      section: SECTION,
      metric: "report time ÷ JSON round-trip time",
      value: ratio,
      unit: "×",
      note: `one full report costs ${ratio}× a JSON round trip of its assessment (${cpuRatio}× in CPU time)`,
    },
  ];
}

/** Throughput of `scoreAssessment` on instrument v1, against JSON round trips of the same data in the same run. */
export const scoringBench: BenchSection = async () => {
  const instrument = findInstrument("un-peace-ops-readiness", "2026.1");
  if (!instrument) throw new Error("instrument un-peace-ops-readiness 2026.1 is not published");
  const assessments = randomAssessments(instrument, ASSESSMENTS, SEED);
  const report: Work = (a) => scoreAssessment(instrument, a.answers, a.profile).recommendations.length;
  const json: Work = (a) => (JSON.parse(JSON.stringify(a)) as Assessment).version;
  const timings = measure(assessments, report, json);
  return rows(timings.report, timings.json);
};
