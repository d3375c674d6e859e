import { findCycles } from "./integrity-graph.ts";
import { checkFloorsAndLenses, checkNaRules, checkStages } from "./integrity-method.ts";
import { checkCaps, checkLevelTexts, checkProvenance, checkReplacements } from "./integrity-provenance.ts";
import {
  checkConditions,
  checkGates,
  checkRaises,
  checkRecommendationReferences,
  indexInstrument,
} from "./integrity-references.ts";
import { type Instrument, instrumentSchema } from "./schema.ts";

/** Thrown by {@link parseInstrument}; `problems` lists every schema or integrity problem found. */
export class InstrumentError extends Error {
  constructor(
    message: string,
    readonly problems: readonly string[],
  ) {
    super(`${message}:\n${problems.map((p) => `- ${p}`).join("\n")}`);
    this.name = "InstrumentError";
  }
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) (seen.has(id) ? repeated : seen).add(id);
  return [...repeated];
}

function checkUniqueIds(instrument: Instrument): string[] {
  const groups: [string, string[]][] = [
    ["dimension", instrument.dimensions.map((d) => d.id)],
    ["indicator", instrument.dimensions.flatMap((d) => d.indicators.map((i) => i.id))],
    ["profile question", instrument.profile.map((q) => q.id)],
    ...instrument.profile.map((q): [string, string[]] => [
      `option in profile question "${q.id}"`,
      q.options.map((o) => o.id),
    ]),
    ["risk rule", instrument.riskRules.map((r) => r.id)],
    ["recommendation", instrument.recommendations.map((r) => r.id)],
  ];
  return groups.flatMap(([kind, ids]) => duplicates(ids).map((id) => `duplicate ${kind} id "${id}"`));
}

// The schema already rejects these, but integrity also runs on objects built in code, where a zero weight would
// silently divide by zero in the scoring engine.
function checkWeights(instrument: Instrument): string[] {
  const weighted = instrument.dimensions.flatMap((d) => [
    { what: `dimension "${d.id}"`, weight: d.weight },
    ...d.indicators.map((i) => ({ what: `indicator "${i.id}"`, weight: i.weight })),
  ]);
  return weighted
    .filter(({ weight }) => !(Number.isFinite(weight) && weight > 0))
    .map(({ what, weight }) => `${what} has a non-positive weight (${weight})`);
}

function checkPrerequisiteCycles(instrument: Instrument): string[] {
  const graph = new Map(instrument.recommendations.map((r) => [r.id, r.prerequisites] as const));
  return findCycles(graph).map((cycle) => `prerequisite cycle: ${cycle.join(" -> ")}`);
}

// An indicator no recommendation answers would leave a gap in the report with nothing to do about it.
function checkTriggerCoverage(instrument: Instrument): string[] {
  const triggered = new Set(
    instrument.recommendations.flatMap((r) => r.triggers.flatMap((t) => ("indicator" in t ? [t.indicator] : []))),
  );
  return instrument.dimensions.flatMap((d) =>
    d.indicators
      .filter((i) => !triggered.has(i.id))
      .map((i) => `indicator "${i.id}" is not triggered by any recommendation`),
  );
}

// Two baseline questions would make the target ambiguous; a multi-choice one would too.
function checkBaselines(instrument: Instrument): string[] {
  const setters = instrument.profile.filter((q) => q.options.some((o) => o.baseline !== undefined));
  const problems =
    setters.length > 1
      ? [`only one profile question may set baselines, found: ${setters.map((q) => q.id).join(", ")}`]
      : [];
  return [
    ...problems,
    ...setters
      .filter((q) => q.kind !== "single")
      .map((q) => `profile question "${q.id}" sets baselines but is not single-choice`),
  ];
}

/**
 * Checks the rules the zod schema cannot express: unique ids, resolvable references, positive weights, distinct level
 * texts, complete provenance once any is recorded, coherent replacements, an acyclic prerequisite graph, a
 * recommendation for every indicator, a single baseline question,
 * `na` rules (never on a gate indicator), stages 1 to 5, and floor targets and lenses that name real indicators.
 * Reform areas are tagged per item and may differ from the dimension's.
 *
 * @returns human-readable problems; empty when the instrument is sound.
 */
export function checkInstrumentIntegrity(instrument: Instrument): string[] {
  const index = indexInstrument(instrument);
  return [
    ...checkUniqueIds(instrument),
    ...checkWeights(instrument),
    ...checkLevelTexts(instrument),
    ...checkProvenance(instrument),
    ...checkReplacements(instrument),
    ...checkCaps(instrument, index),
    ...checkGates(instrument, index),
    ...checkRaises(instrument, index),
    ...checkConditions(instrument, index),
    ...checkRecommendationReferences(instrument, index),
    ...checkPrerequisiteCycles(instrument),
    ...checkTriggerCoverage(instrument),
    ...checkBaselines(instrument),
    ...checkNaRules(instrument, index),
    ...checkStages(instrument),
    ...checkFloorsAndLenses(instrument, index),
  ];
}

/**
 * Validates unknown input as an instrument: first against the zod schema, then against the integrity rules.
 *
 * @throws {InstrumentError} listing every problem found, so an author can fix them all in one pass.
 */
export function parseInstrument(raw: unknown): Instrument {
  const parsed = instrumentSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.map(String).join(".") || "(root)"}: ${i.message}`);
    throw new InstrumentError("instrument does not match the schema", problems);
  }
  const problems = checkInstrumentIntegrity(parsed.data);
  if (problems.length > 0) {
    throw new InstrumentError(`instrument ${parsed.data.id}@${parsed.data.version} failed integrity checks`, problems);
  }
  return parsed.data;
}
