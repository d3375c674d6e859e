import * as z from "zod";
import type { SnapshotEvidence } from "./evidence/snapshot-evidence.ts";
import type { ScoreReport } from "./scoring/types.ts";
import { lineText, noteText, recordKey } from "./text.ts";
import { evidenceGrades, MAX_SOURCES, type Visibility } from "./vocabulary.ts";

export type { Visibility } from "./vocabulary.ts";

/** Links are shown to other people: only web links, never `javascript:`, `data:` or other schemes. */
function isWebLink(value: string): boolean {
  return /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(value);
}

/** One document behind an answer: a title, and optionally where to find it and its date. */
export const sourceSchema = z
  .object({
    title: lineText(z.string().trim().min(1).max(300)),
    url: z.string().max(2000).refine(isWebLink, { message: "only http and https links are accepted" }).optional(),
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: "a date as YYYY, YYYY-MM or YYYY-MM-DD" })
      .optional(),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

/** A level of 2 or more graded `documented` must name the document. */
function documentedHasSource(a: { level: unknown; evidence?: string; sources?: readonly unknown[] }): boolean {
  const high = typeof a.level === "number" && a.level >= 2;
  return !(high && a.evidence === "documented") || (a.sources?.length ?? 0) > 0;
}

/** One indicator's answer: a level 0–3, `na` with a reason, or `unknown`, with its evidence. */
export const answerSchema = z
  .object({
    level: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal("na"), z.literal("unknown")]),
    reason: noteText(z.string().trim().min(1).max(1000)).optional(),
    evidence: z.enum(evidenceGrades).optional(),
    note: noteText(z.string().max(2000)).optional(),
    sources: z.array(sourceSchema).max(MAX_SOURCES).optional(),
  })
  .strict()
  .refine((a) => a.level !== "na" || a.reason !== undefined, {
    message: "a reason is required when level is na",
    path: ["reason"],
  })
  .refine(documentedHasSource, {
    message: "a documented level of 2 or more needs at least one source",
    path: ["sources"],
  });
export type Answer = z.infer<typeof answerSchema>;

/** Answers keyed by indicator id. */
export type Answers = Readonly<Record<string, Answer>>;

/** Ambition profile: the chosen option ids per profile question. */
export const profileSchema = z.record(recordKey(z.string().max(64)), z.array(z.string().max(64)).max(20));
export type Profile = Readonly<Record<string, readonly string[]>>;

/** One country's assessment for one cycle, pinned to an instrument version. */
export interface Assessment {
  id: string;
  country: string;
  cycle: number;
  instrumentId: string;
  instrumentVersion: string;
  status: "draft" | "submitted";
  /** Optimistic-lock version; every accepted change increments it. */
  version: number;
  answers: Record<string, Answer>;
  profile: Record<string, string[]>;
  visibility: Visibility;
  createdAt: string;
  updatedAt: string;
  submittedAt?: string;
  lastSnapshotId?: string;
}

export type AssessmentSummary = Pick<
  Assessment,
  "id" | "country" | "cycle" | "status" | "version" | "instrumentId" | "instrumentVersion" | "updatedAt" | "visibility"
>;

/** An immutable copy of an assessment and its score, taken at submit. */
export interface Snapshot {
  id: string;
  assessmentId: string;
  country: string;
  cycle: number;
  instrumentId: string;
  instrumentVersion: string;
  assessmentVersion: number;
  createdAt: string;
  createdBy: string;
  answers: Record<string, Answer>;
  profile: Record<string, string[]>;
  score: ScoreReport;
  evidence: SnapshotEvidence;
}

export interface VisibilityChange {
  visibility: Visibility;
  previous: Visibility;
  changedAt: string;
  changedBy: string;
}
