import type { Profile } from "../assessment.ts";
import type { Condition } from "../instrument/schema.ts";
import type { AnswerLevel } from "./answer-vector.ts";
import type { CompiledInstrument } from "./compiled-instrument.ts";
import type { RedFlag } from "./types.ts";

/** A risk-rule condition turned into a function once per instrument, so a report does not re-read its shape. */
export type ConditionTest = (levels: readonly AnswerLevel[], profile: Profile) => boolean;

function allOf(tests: readonly ConditionTest[]): ConditionTest {
  return (levels, profile) => {
    for (const test of tests) if (!test(levels, profile)) return false;
    return true;
  };
}

function anyOf(tests: readonly ConditionTest[]): ConditionTest {
  return (levels, profile) => {
    for (const test of tests) if (test(levels, profile)) return true;
    return false;
  };
}

/**
 * Compiles a risk-rule condition, reading indicators at their positions in `levels`. An indicator test holds only
 * on an answered level: `na`, `unknown` and unanswered never satisfy `atMost`, so a flag always rests on something
 * the country stated; `unknown: true` holds only on an explicit `unknown`, not on an unanswered indicator.
 */
export function compileCondition(condition: Condition, positionOf: ReadonlyMap<string, number>): ConditionTest {
  const compile = (c: Condition) => compileCondition(c, positionOf);
  if ("all" in condition) return allOf(condition.all.map(compile));
  if ("any" in condition) return anyOf(condition.any.map(compile));
  if ("profile" in condition) {
    const { profile: question, includes } = condition;
    return (_levels, profile) => (profile[question] ?? []).includes(includes);
  }
  // An indicator the instrument lacks is never answered (integrity rules reject such references anyway).
  const position = positionOf.get(condition.indicator) ?? -1;
  if ("atMost" in condition) {
    const atMost = condition.atMost;
    return (levels) => {
      const level = levels[position];
      return typeof level === "number" && level <= atMost;
    };
  }
  return (levels) => levels[position] === "unknown";
}

/** Red flags raised by the risk rules, HIGH before MEDIUM, in instrument order within a severity. */
export function raiseRedFlags(
  compiled: CompiledInstrument,
  levels: readonly AnswerLevel[],
  profile: Profile,
): RedFlag[] {
  const high: RedFlag[] = [];
  const medium: RedFlag[] = [];
  compiled.instrument.riskRules.forEach((rule, i) => {
    if (!(compiled.riskRuleTests[i] as ConditionTest)(levels, profile)) return;
    (rule.severity === "HIGH" ? high : medium).push({
      ruleId: rule.id,
      severity: rule.severity,
      message: rule.message,
    });
  });
  return high.concat(medium);
}
