import { builtInCohorts, memberStateName, unRegionalGroupOf } from "../cohorts/built-in.ts";
import type { Instrument } from "../instrument/schema.ts";
import type { Publication } from "../publication.ts";
import { STAGE_THRESHOLDS } from "../scoring/method.ts";
import type { CellValue } from "./csv.ts";

export type ColumnType = "string" | "integer" | "number" | "date-time" | "level";

/** What the codebook says about one column. */
export interface Column {
  name: string;
  type: ColumnType;
  description: string;
  /** Every value the column can hold, with its meaning (categorical columns only). */
  levels?: Record<string, string>;
  /** Instrument versions (`id@version`) that fill the column; blank in rows of any other version. */
  appliesTo?: string[];
}

/** A column and how to fill it from a publication. */
export interface ColumnSpec extends Column {
  value: (p: Publication) => CellValue;
}

/** Instrument ids are kebab-case; column names are snake_case, which every statistics package takes. */
export const snake = (id: string) => id.replaceAll("-", "_");
export const versionOf = (i: Instrument) => `${i.id}@${i.version}`;

export const stageLevels = Object.fromEntries(
  STAGE_THRESHOLDS.map((t) => [
    String(t.stage),
    `stage ${t.stage}: index at least ${t.minIndex} and every gate met (method 1.1: the index with unknown answers at level 0, and coverage at least 0.8)`,
  ]),
);
const groupLevels = Object.fromEntries(builtInCohorts.filter((c) => c.id !== "all").map((c) => [c.id, c.name.en]));

/** Identification and overall figures: the same for every instrument version. */
export const fixedColumns: ColumnSpec[] = [
  { name: "country", type: "string", description: "ISO 3166-1 alpha-3 code", value: (p) => p.country },
  {
    name: "country_name",
    type: "string",
    description: "UN English short name",
    value: (p) => memberStateName(p.country) ?? null,
  },
  {
    name: "un_regional_group",
    type: "string",
    description: "UN regional group",
    levels: groupLevels,
    value: (p) => unRegionalGroupOf(p.country) ?? null,
  },
  { name: "cycle", type: "integer", description: "Assessment cycle (year)", value: (p) => p.cycle },
  {
    name: "instrument_id",
    type: "string",
    description: "Instrument the answers were given to",
    value: (p) => p.instrumentId,
  },
  {
    name: "instrument_version",
    type: "string",
    description: "Instrument version (immutable once published)",
    value: (p) => p.instrumentVersion,
  },
  {
    name: "method_version",
    type: "string",
    description: "Version of the scoring method that produced the scores",
    value: (p) => p.score.methodVersion,
  },
  {
    name: "snapshot_id",
    type: "string",
    description: "The submitted snapshot the row reports (latest of the cycle)",
    value: (p) => p.snapshotId,
  },
  {
    name: "submitted_at",
    type: "date-time",
    description: "When the snapshot was submitted (ISO 8601, UTC)",
    value: (p) => p.submittedAt,
  },
  {
    name: "overall_mean",
    type: "number",
    description:
      "Weighted mean of the dimension indices, 0–100; compensatory (a strong dimension offsets a weak one), so cite overall_stage, the weakest link, as the headline",
    value: (p) => p.score.overall.mean,
  },
  {
    name: "overall_floor",
    type: "number",
    description: "Lowest dimension index, 0–100",
    value: (p) => p.score.overall.floor,
  },
  {
    name: "overall_stage",
    type: "integer",
    description: "Headline stage: the lowest dimension stage; the figure to cite",
    levels: stageLevels,
    value: (p) => p.score.overall.stage,
  },
  {
    name: "overall_coverage",
    type: "number",
    description: "Share (by weight) of applicable indicators answered with a level, 0–1",
    value: (p) => p.score.overall.coverage,
  },
  {
    name: "verified_share",
    type: "number",
    description:
      "Share of the instrument's indicator weight whose answer a reviewer verified at submission, 0–1 (0: nothing verified)",
    value: (p) => p.evidence.verifiedShare,
  },
  {
    name: "respondents",
    type: "integer",
    description: "Officials who answered: those who recorded their own answers, at least the one who consolidated them",
    value: (p) => p.evidence.respondents,
  },
];

/**
 * Whether a publication is a row of the cross-country exports: under method 1.1 a headline withheld under the
 * coverage floor (METHODOLOGY §11) leaves the row out, and the JSON export counts it in `belowCoverage`.
 */
export const inExports = (p: Publication): boolean => p.score.overall.belowCoverage !== true;

/** A figure of the report that the cross-country exports leave out, and why. */
export interface OmittedFigure {
  name: string;
  description: string;
  note: string;
}

/** Figures the score report has but the cross-country exports leave out (the codebook lists them). */
export const omittedFigures: readonly OmittedFigure[] = [
  {
    name: "percent_to_target",
    description: "1 − weighted shortfall to the country's own targets ÷ weighted targets, 0–1",
    note: "Not comparable across countries: relative to targets each country sets itself, so a country that aims low scores high. Left out of cross-country exports; each country's own report shows it.",
  },
];
