import type { Answers, Profile } from "../assessment.ts";
import type { Condition, RiskRule } from "../instrument/schema.ts";
import { answeredLevel } from "./answer-state.ts";
import type { RedFlag } from "./types.ts";

/**
 * Evaluates a risk-rule condition. An indicator test holds only on an answered level: `na`, `unknown` and
 * unanswered never satisfy `atMost`, so a flag always rests on something the country stated.
 */
export function evaluateCondition(condition: Condition, answers: Answers, profile: Profile): boolean {
  if ("all" in condition) return condition.all.every((c) => evaluateCondition(c, answers, profile));
  if ("any" in condition) return condition.any.some((c) => evaluateCondition(c, answers, profile));
  if ("profile" in condition) return (profile[condition.profile] ?? []).includes(condition.includes);
  if ("atMost" in condition) {
    const level = answeredLevel(answers, condition.indicator);
    return level !== undefined && level <= condition.atMost;
  }
  return answers[condition.indicator]?.level === "unknown";
}

/** Red flags raised by the risk rules, HIGH before MEDIUM, in instrument order within a severity. */
export function raiseRedFlags(rules: readonly RiskRule[], answers: Answers, profile: Profile): RedFlag[] {
  const raised = rules
    .filter((rule) => evaluateCondition(rule.when, answers, profile))
    .map((rule) => ({ ruleId: rule.id, severity: rule.severity, message: rule.message }));
  return [...raised.filter((f) => f.severity === "HIGH"), ...raised.filter((f) => f.severity === "MEDIUM")];
}
