/** The answers the benches write, in one place, so the store alone and the HTTP side write the same items. */
import type { Answer } from "../functions/core/assessment.ts";
import { findInstrument } from "../functions/core/instrument/catalogue.ts";

/** A source for answers graded "documented" at level 2 or more, which the API requires (evidence rules). */
export const BENCH_SOURCE = { title: "Defence white paper (bench data)", date: "2025-06-01" };

const instrument = findInstrument("un-peace-ops-readiness", "2026.1");
if (!instrument) throw new Error("instrument un-peace-ops-readiness 2026.1 is not published");

/** The instrument the benches write to. */
export const benchInstrument = instrument;

/** The instrument reference a bench draft is created with. */
export const benchInstrumentRef = { instrumentId: instrument.id, instrumentVersion: instrument.version };

/** Its indicator ids, in instrument order. */
export const indicatorIds = instrument.dimensions.flatMap((d) => d.indicators.map((i) => i.id));

/** One documented answer, as an official gives it: a level, its evidence grade and a source. */
export const documentedAnswer = (level: 0 | 1 | 2 | 3): Answer => ({
  level,
  evidence: "documented",
  sources: [BENCH_SOURCE],
});

/** The first half of the indicators answered with documented levels 0–3 in turn: a draft being worked on. */
export const halfAnswered: Record<string, Answer> = Object.fromEntries(
  indicatorIds.slice(0, indicatorIds.length / 2).map((id, i) => [id, documentedAnswer((i % 4) as 0 | 1 | 2 | 3)]),
);
