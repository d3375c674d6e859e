/**
 * The closed word lists of the domain, kept free of zod: the scoring path and the web app import them without
 * building any schema (the schemas in assessment.ts and instrument/schema.ts are built from these lists).
 */

/** How an answer is backed, weakest first. */
export const evidenceGrades = ["self-declared", "documented", "externally-verified"] as const;
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
