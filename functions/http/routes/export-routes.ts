import { csvRecord } from "../../core/exports/csv.ts";
import { inExports } from "../../core/exports/score-columns.ts";
import { scoreCodebook, scoreTable } from "../../core/exports/score-table.ts";
import { instruments } from "../../core/instrument/catalogue.ts";
import { translateInstrument } from "../../core/instrument/translations/index.ts";
import type { Publication } from "../../core/publication.ts";
import type { Store } from "../../store/create-store.ts";
import type { AppDeps } from "../app-deps.ts";
import { errorResponses as errors } from "../errors.ts";
import { streamText } from "../export-stream.ts";
import { type Language, requestLanguage } from "../language.ts";
import { codebookResponse, scoresExportResponse } from "../public-schemas.ts";
import { type ResponseSchema, route } from "../route-table.ts";
import { exportQuery } from "../think-tank-schemas.ts";

const table = scoreTable(instruments);
const english = scoreCodebook(instruments);
let french: typeof english | undefined;

/** The codebook in `language`; the French one is built on first use, not at every cold start. */
function codebookIn(language: Language) {
  if (language === "en") return english;
  french ??= scoreCodebook(
    instruments.map((i) => translateInstrument(i)),
    "fr",
  );
  return french;
}

/** Rows left out of an export so far (below the coverage floor), for the JSON export's `belowCoverage`. */
interface LeftOut {
  count: number;
}

/** Public entries of every published instrument version, a page at a time, without those below the coverage floor. */
async function* publicPages(store: Store, cycle: number | undefined, leftOut: LeftOut): AsyncGenerator<Publication[]> {
  for (const instrument of instruments) {
    for await (const page of store.publicPublications.pages(instrument.id, instrument.version, cycle)) {
      const rows = page.filter(inExports);
      leftOut.count += page.length - rows.length;
      yield rows;
    }
  }
}

/**
 * The opening travels with the first page, so the first chunk (produced before the response starts) has already
 * read the store: a store that fails at once gets an error status, not a 200 with a truncated file. The closing is
 * written after the last page, so it can say what the pages left out.
 */
async function* withOpening(
  opening: string,
  pages: AsyncIterable<string>,
  closing: () => string = () => "",
): AsyncGenerator<string> {
  let pending = opening;
  for await (const page of pages) {
    yield pending + page;
    pending = "";
  }
  yield pending + closing();
}

async function* csvPages(store: Store, cycle: number | undefined): AsyncGenerator<string> {
  for await (const page of publicPages(store, cycle, { count: 0 }))
    yield page.map((p) => csvRecord(table.cells(p))).join("");
}

async function* jsonPages(store: Store, cycle: number | undefined, leftOut: LeftOut): AsyncGenerator<string> {
  let separator = "";
  for await (const page of publicPages(store, cycle, leftOut)) {
    yield page.length === 0 ? "" : separator + page.map((p) => JSON.stringify(table.record(p))).join(",");
    if (page.length > 0) separator = ",";
  }
}

const csvChunks = (store: Store, cycle: number | undefined) =>
  withOpening(csvRecord(table.columns.map((column) => column.name)), csvPages(store, cycle));

function jsonChunks(store: Store, cycle: number | undefined) {
  const leftOut: LeftOut = { count: 0 };
  const closing = () => `],"belowCoverage":${leftOut.count}}`;
  return withOpening('{"codebook":"/api/exports/codebook.json","items":[', jsonPages(store, cycle, leftOut), closing);
}

const fileName = (cycle: number | undefined, extension: string) =>
  `attachment; filename="reengage-scores-${cycle ?? "all"}.${extension}"`;

/** Exports of public results only, streamed, with the codebook that explains them. */
export function exportRoutes({ store }: AppDeps) {
  const scores = (extension: "csv" | "json", type: string, chunks: typeof csvChunks, schema?: ResponseSchema) =>
    route({
      method: "get",
      path: `/api/exports/scores.${extension}`,
      access: ["analyst", "admin"],
      summary: `Public scores as ${extension.toUpperCase()}, one row per public country and cycle (all cycles without ?cycle=); rows below the coverage floor left out (JSON counts them in belowCoverage)`,
      tag: "exports",
      query: exportQuery,
      responses: {
        200: { description: `Streamed ${type}`, contentType: type.split(";")[0], schema },
        ...errors(400, 401, 403),
      },
      handler: (c, { query }) =>
        streamText(c, chunks(store, query.cycle), {
          "Content-Type": type,
          "Content-Disposition": fileName(query.cycle, extension),
          "Cache-Control": "no-store",
        }),
    });
  return [
    scores("csv", "text/csv; charset=utf-8; header=present", csvChunks),
    scores("json", "application/json; charset=utf-8", jsonChunks, scoresExportResponse),
    route({
      method: "get",
      path: "/api/exports/codebook.json",
      access: ["analyst", "admin"],
      summary:
        "What every export column holds, with its levels, and the instrument versions it covers; in French with ?lang=fr or Accept-Language: fr",
      tag: "exports",
      responses: { 200: { description: "The codebook", schema: codebookResponse }, ...errors(401, 403) },
      handler: (c) => {
        const language = requestLanguage(c);
        c.header("Content-Language", language);
        c.header("Vary", "Accept-Language");
        return c.json(codebookIn(language));
      },
    }),
  ];
}
