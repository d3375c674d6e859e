import type { Answer, Answers, Profile } from "../assessment.ts";
import type { Indicator, Instrument, ProfileCondition } from "./schema.ts";

/** Why an indicator of the new assessment must be answered again. */
export type ReanswerReason = "new" | "re-scoped" | "unanswered" | "na-not-allowed" | "levels-differ";

export interface CarryResult {
  answers: Record<string, Answer>;
  profile: Record<string, string[]>;
  /** Indicators of the target whose answer was carried, with the indicators it came from. */
  carried: { indicatorId: string; from: string[] }[];
  /** Indicators of the target that need an answer, in instrument order. */
  toReanswer: { indicatorId: string; reason: ReanswerReason }[];
}

type Outcome = { answer: Answer } | { reason: ReanswerReason };

// A verification belongs to the answer a reviewer saw, not to its copy: the copy is claimed again by the country.
function asClaim(answer: Answer): Answer {
  if (answer.evidence !== "externally-verified") return { ...answer };
  const sources = (answer as { sources?: readonly unknown[] }).sources;
  return { ...answer, evidence: sources && sources.length > 0 ? "documented" : "self-declared" };
}

function holds(condition: ProfileCondition, profile: Profile): boolean {
  if ("all" in condition) return condition.all.every((c) => holds(c, profile));
  if ("any" in condition) return condition.any.some((c) => holds(c, profile));
  const chosen = profile[condition.profile] ?? [];
  return "includes" in condition ? chosen.includes(condition.includes) : !chosen.includes(condition.excludes);
}

/** `na` carries only where the new indicator accepts it under the carried profile. */
const naValid = (indicator: Indicator, profile: Profile) =>
  indicator.naAllowed && (indicator.naWhen === undefined || holds(indicator.naWhen, profile));

function lowest(answers: Answer[]): Outcome {
  const levels = answers.map((a) => a.level);
  if (levels.some((l) => typeof l !== "number")) return { reason: "levels-differ" };
  const min = Math.min(...(levels as number[])) as Answer["level"];
  return { answer: { level: min } };
}

function outcome(indicator: Indicator, from: string[], answers: Answers, profile: Profile): Outcome {
  if (from.length === 0) return { reason: "new" };
  if (indicator.carryRule === "re-answer") return { reason: "re-scoped" };
  const given = from.map((id) => answers[id]).filter((a): a is Answer => a !== undefined);
  if (given.length < from.length) return { reason: "unanswered" };
  const result = indicator.carryRule === "lowest-level" ? lowest(given) : { answer: asClaim(given[0] as Answer) };
  if ("answer" in result && result.answer.level === "na" && !naValid(indicator, profile)) {
    return { reason: "na-not-allowed" };
  }
  return result;
}

/** The ids of `source` whose answers feed `indicator`: itself within one version, its `replaces` across versions. */
function feeders(indicator: Indicator, source: Instrument, target: Instrument): string[] {
  const known = new Set(source.dimensions.flatMap((d) => d.indicators.map((i) => i.id)));
  const ids = source.version === target.version ? [indicator.id] : (indicator.replaces ?? []);
  return ids.filter((id) => known.has(id));
}

function carryProfile(profile: Profile, target: Instrument): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const question of target.profile) {
    const options = new Set(question.options.map((o) => o.id));
    const kept = (profile[question.id] ?? []).filter((id) => options.has(id));
    if (kept.length > 0) out[question.id] = question.kind === "single" ? kept.slice(0, 1) : kept;
  }
  return out;
}

/**
 * Carries the answers and profile of an assessment on `source` into a new assessment on `target`. Within one
 * version every answer carries; across versions an indicator takes the answers of the indicators it `replaces`,
 * by its carry rule. Whatever cannot be carried (a new or re-scoped indicator, an unanswered source, `na` where
 * the new indicator does not accept it under the carried profile) is listed with the reason, so the official
 * knows what to answer again.
 */
export function carryAnswers(source: Instrument, answers: Answers, profile: Profile, target: Instrument): CarryResult {
  const result: CarryResult = { answers: {}, profile: carryProfile(profile, target), carried: [], toReanswer: [] };
  for (const indicator of target.dimensions.flatMap((d) => d.indicators)) {
    const from = feeders(indicator, source, target);
    const o = outcome(indicator, from, answers, result.profile);
    if ("answer" in o) {
      result.answers[indicator.id] = o.answer;
      result.carried.push({ indicatorId: indicator.id, from });
    } else result.toReanswer.push({ indicatorId: indicator.id, reason: o.reason });
  }
  return result;
}
