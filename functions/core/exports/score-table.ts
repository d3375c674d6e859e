import type { Indicator, Instrument } from "../instrument/schema.ts";
import type { Publication } from "../publication.ts";
import type { EvidenceGrade } from "../vocabulary.ts";
import { codebookHeaderFr, frenchColumns } from "./codebook-fr.ts";
import type { CellValue } from "./csv.ts";
import {
  type Column,
  type ColumnSpec,
  fixedColumns,
  omittedFigures,
  snake,
  stageLevels,
  versionOf,
} from "./score-columns.ts";

export type { Column } from "./score-columns.ts";

function dimensionColumns(instruments: readonly Instrument[]): ColumnSpec[] {
  const ids = [...new Set(instruments.flatMap((i) => i.dimensions.map((d) => d.id)))];
  return ids.flatMap((id) => {
    const appliesTo = instruments.filter((i) => i.dimensions.some((d) => d.id === id)).map(versionOf);
    const score = (p: Publication) => p.score.dimensions.find((d) => d.dimensionId === id);
    return [
      {
        name: `${snake(id)}_index`,
        type: "number" as const,
        description: `Index of dimension ${id}, 0–100; blank when no indicator counted`,
        appliesTo,
        value: (p: Publication) => score(p)?.index ?? null,
      },
      {
        name: `${snake(id)}_stage`,
        type: "integer" as const,
        description: `Stage of dimension ${id} after gates`,
        levels: stageLevels,
        appliesTo,
        value: (p: Publication) => score(p)?.stage ?? null,
      },
      {
        name: `${snake(id)}_coverage`,
        type: "number" as const,
        description: `Coverage of dimension ${id}, 0–1`,
        appliesTo,
        value: (p: Publication) => score(p)?.coverage ?? null,
      },
    ];
  });
}

function levelTexts(indicator: Indicator): Record<string, string> {
  return {
    ...Object.fromEntries(indicator.levels.map((text, level) => [String(level), text.en])),
    na: "not applicable to this country (left out of the index; method 1.1 takes it only where the instrument allows it)",
    unknown:
      "the country does not know (left out of the index, lowers coverage; method 1.1 counts it as level 0 for the stage)",
    "": "not answered",
  };
}

const evidenceLevels: Record<EvidenceGrade, string> = {
  "self-declared": "stated by the country without a document",
  documented: "the country cites a document for it",
  "externally-verified": "a reviewer verified the answer before submission",
};

function indicatorColumns(instruments: readonly Instrument[]): ColumnSpec[] {
  const latestFirst = [...instruments].reverse();
  const ids = [...new Set(instruments.flatMap((i) => i.dimensions.flatMap((d) => d.indicators.map((x) => x.id))))];
  return ids.flatMap((id): ColumnSpec[] => {
    const holders = latestFirst.filter((i) => i.dimensions.some((d) => d.indicators.some((x) => x.id === id)));
    const indicator = holders[0]!.dimensions.flatMap((d) => d.indicators).find((x) => x.id === id)!;
    const appliesTo = holders.map(versionOf).reverse();
    return [
      {
        name: `${snake(id)}_level`,
        type: "level",
        description: `Answer to indicator ${id}: ${indicator.title.en}`,
        levels: levelTexts(indicator),
        appliesTo,
        value: (p: Publication) => p.levels[id] ?? null,
      },
      {
        name: `${snake(id)}_evidence`,
        type: "string",
        description: `Evidence grade of the answer to indicator ${id}; blank when not answered`,
        levels: evidenceLevels,
        appliesTo,
        value: (p: Publication) => p.evidence.grades[id] ?? null,
      },
    ];
  });
}

/** The columns of a score export over these instrument versions (listed oldest first), and how to fill them. */
export interface ScoreTable {
  columns: Column[];
  /** The cells of one publication, in column order. */
  cells: (p: Publication) => CellValue[];
  /** The publication as an object keyed by column name. */
  record: (p: Publication) => Record<string, CellValue>;
}

/**
 * The wide score table: identification, overall figures, then index/stage/coverage per dimension and the answered
 * level per indicator across every listed instrument version, so one file can hold rows of several versions.
 */
export function scoreTable(instruments: readonly Instrument[]): ScoreTable {
  const specs = [...fixedColumns, ...dimensionColumns(instruments), ...indicatorColumns(instruments)];
  return {
    columns: specs.map(({ value: _value, ...column }) => column),
    cells: (p) => specs.map((spec) => spec.value(p)),
    record: (p) => Object.fromEntries(specs.map((spec) => [spec.name, spec.value(p)])),
  };
}

/**
 * The codebook of the score exports: file format, instrument versions, and every column with its levels. In French,
 * `instruments` must carry their French texts (instrument/translations); column names never change.
 */
export function scoreCodebook(instruments: readonly Instrument[], lang: "en" | "fr" = "en") {
  const english = {
    title: "Reengage public scores",
    rows: "One row per public country and cycle: the latest submitted snapshot of that cycle. Pooled and private results never appear.",
    csv: "RFC 4180: UTF-8, comma-separated, CRLF line ends, one header row, fields quoted when needed; an empty field means no value",
    json: "{ items: [ { <column>: value } ], belowCoverage: <rows left out> } with the same columns; an empty value is null",
    belowCoverage:
      "Method 1.1: a row whose headline stage is withheld under the coverage floor (some dimension has less than 0.8 of its applicable weight answered) is left out of the exports; the JSON export counts such rows in belowCoverage",
    notInExports: omittedFigures,
    instruments: instruments.map((i) => ({
      id: i.id,
      version: i.version,
      title: i.title.en,
      document: `/api/instruments/${i.id}/versions/${i.version}`,
    })),
    columns: scoreTable(instruments).columns,
  };
  if (lang === "en") return { lang, ...english };
  return {
    lang,
    ...english,
    ...codebookHeaderFr,
    instruments: english.instruments.map((i, n) => ({ ...i, title: instruments[n]?.title.fr ?? i.title })),
    columns: frenchColumns(english.columns, instruments),
  };
}
