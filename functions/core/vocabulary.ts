/**
 * The closed word lists of the domain, kept free of zod: the scoring path and the web app import them without
 * building any schema (the schemas in assessment.ts and instrument/schema.ts are built from these lists).
 */

/** How an answer is backed, weakest first. */
export const evidenceGrades = ["self-declared", "documented", "externally-verified"] as const;
export type EvidenceGrade = (typeof evidenceGrades)[number];
/** A reviewer's finding on one answer. */
export const verdicts = ["verified", "disputed"] as const;
export type Verdict = (typeof verdicts)[number];
/** At most this many sources back one answer. */
export const MAX_SOURCES = 5;
/** Who may see a submitted assessment beyond its own country. */
export const visibilities = ["private", "pooled", "public"] as const;
export type Visibility = (typeof visibilities)[number];

/** The three reform areas every indicator, dimension and recommendation belongs to. */
export const reformAreas = ["public-information", "bureaucratic", "training"] as const;
/** Severity of a red flag. */
export const severities = ["HIGH", "MEDIUM"] as const;
/** Roadmap phases, in months from now. */
export const horizons = ["0-6", "6-18", "18-36"] as const;
export type Horizon = (typeof horizons)[number];

/** Where an instrument item comes from: the seed article, a named UN document, or expert judgement. */
export const sourceKinds = ["seed", "un", "expert"] as const;
/** The institution that usually owns an indicator's facts (a hint for routing questions to respondents). */
export const institutions = [
  "defence",
  "foreign-affairs",
  "development",
  "finance",
  "interior-police",
  "parliament",
  "other",
] as const;
/** A respondent answers for one of these institutions. */
export type Institution = (typeof institutions)[number];
/**
 * Who acts on a recommendation, as a closed list so reports can group "who must act" across countries. Each names a
 * function, not a ministry, because governments organise these functions differently.
 */
export const ownerRoles = [
  "head-of-government-office",
  "defence-policy",
  "defence-operations",
  "defence-personnel",
  "defence-training",
  "defence-medical",
  "foreign-ministry",
  "permanent-mission",
  "development-function",
  "finance-function",
  "police-service",
  "justice-function",
  "parliament",
  "public-affairs",
  "coordination-body",
] as const;
