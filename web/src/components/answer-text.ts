import type { Answer, ProfileAnswers } from "../api/types.ts";
import { m } from "../i18n/index.ts";

export function answerText(a: Answer | null | undefined): string {
  if (!a) return m.answer.none;
  const base =
    a.level === "na" ? m.answer.na(a.reason ?? "") : a.level === "unknown" ? m.answer.unknown : m.answer.level(a.level);
  const extra = [a.evidence ? m.q.grades[a.evidence] : "", a.note ?? ""].filter(Boolean);
  return extra.length > 0 ? `${base}; ${extra.join("; ")}` : base;
}

export function profileText(p: ProfileAnswers | null | undefined): string {
  const parts = Object.entries(p ?? {})
    .filter(([, v]) => v.length > 0)
    .map(([k, v]) => `${k}: ${v.join(", ")}`);
  return parts.length > 0 ? parts.join("; ") : m.answer.none;
}
