import type { Condition, RiskRule } from "../../../../functions/core/instrument/schema.ts";
import { UNANSWERED, UNKNOWN } from "./answer-vector.ts";
import type { CompiledInstrument } from "./compiled-instrument.ts";
import type { ProfilePairs } from "./profile-choices.ts";
import type { RedFlag } from "./types.ts";

/** A risk-rule condition turned into a function once per instrument, so a report does not re-read its shape. */
export type ConditionTest = (codes: readonly number[], chosen: readonly boolean[]) => boolean;

function allOf(tests: readonly ConditionTest[]): ConditionTest {
  return (codes, chosen) => {
    for (const test of tests) if (!test(codes, chosen)) return false;
    return true;
  };
}

function anyOf(tests: readonly ConditionTest[]): ConditionTest {
  return (codes, chosen) => {
    for (const test of tests) if (test(codes, chosen)) return true;
    return false;
  };
}

/**
 * Compiles a risk-rule condition, reading indicators at their positions in the answer codes and profile choices as
 * numbered pairs. An indicator test holds only on an answered level: `na`, `unknown` and unanswered never satisfy
 * `atMost`, so a flag always rests on something the country stated; `unknown: true` holds only on an explicit
 * `unknown`, not on an unanswered indicator.
 */
export function compileCondition(
  condition: Condition,
  positionOf: ReadonlyMap<string, number>,
  pairs: ProfilePairs,
): ConditionTest {
  const compile = (c: Condition) => compileCondition(c, positionOf, pairs);
  if ("all" in condition) return allOf(condition.all.map(compile));
  if ("any" in condition) return anyOf(condition.any.map(compile));
  if ("profile" in condition) {
    const pair = pairs.pair(condition.profile, condition.includes);
    return (_codes, chosen) => chosen[pair] as boolean;
  }
  // An indicator the instrument lacks is never answered (integrity rules reject such references anyway).
  const position = positionOf.get(condition.indicator) ?? -1;
  if ("atMost" in condition) {
    const atMost = condition.atMost;
    return (codes) => {
      const code = codes[position] ?? UNANSWERED;
      return code >= 0 && code <= atMost;
    };
  }
  return (codes) => codes[position] === UNKNOWN;
}

/** The red flag each rule raises, built once: frozen, a report shares it rather than copying it. */
export function flagOf(rule: RiskRule): Readonly<RedFlag> {
  return Object.freeze({ ruleId: rule.id, severity: rule.severity, message: rule.message });
}

/** Red flags raised, HIGH before MEDIUM, in instrument order within a severity, and which rules raised them. */
export function raiseRedFlags(
  compiled: CompiledInstrument,
  codes: readonly number[],
  chosen: readonly boolean[],
): { flags: RedFlag[]; raised: boolean[] } {
  const { riskRules } = compiled.instrument;
  const high: RedFlag[] = [];
  const medium: RedFlag[] = [];
  const raised: boolean[] = [];
  for (let i = 0; i < riskRules.length; i++) {
    const holds = (compiled.riskRuleTests[i] as ConditionTest)(codes, chosen);
    raised.push(holds);
    if (!holds) continue;
    const flag = compiled.riskFlags[i] as RedFlag;
    (flag.severity === "HIGH" ? high : medium).push(flag);
  }
  return { flags: high.concat(medium), raised };
}
