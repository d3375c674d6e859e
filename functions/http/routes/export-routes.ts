import { csvRecord } from "../../core/exports/csv.ts";
import { scoreCodebook, scoreTable } from "../../core/exports/score-table.ts";
import { instruments } from "../../core/instrument/catalogue.ts";
import { translateInstrument } from "../../core/instrument/translations/index.ts";
import type { Publication } from "../../core/publication.ts";
import type { Store } from "../../store/create-store.ts";
import type { AppDeps } from "../app-deps.ts";
import { errorResponses as errors } from "../errors.ts";
import { streamText } from "../export-stream.ts";
import { type Language, requestLanguage } from "../language.ts";
import { route } from "../route-table.ts";
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

/** Public entries of every published instrument version, a page at a time. */
async function* publicPages(store: Store, cycle: number | undefined): AsyncGenerator<Publication[]> {
  for (const instrument of instruments) yield* store.publicPublications.pages(instrument.id, instrument.version, cycle);
}

/**
 * The opening travels with the first page, so the first chunk (produced before the response starts) has already
 * read the store: a store that fails at once gets an error status, not a 200 with a truncated file.
 */
async function* withOpening(opening: string, pages: AsyncIterable<string>, closing = ""): AsyncGenerator<string> {
  let pending = opening;
  for await (const page of pages) {
    yield pending + page;
    pending = "";
  }
  yield pending + closing;
}

async function* csvPages(store: Store, cycle: number | undefined): AsyncGenerator<string> {
  for await (const page of publicPages(store, cycle)) yield page.map((p) => csvRecord(table.cells(p))).join("");
}

async function* jsonPages(store: Store, cycle: number | undefined): AsyncGenerator<string> {
  let separator = "";
  for await (const page of publicPages(store, cycle)) {
    yield separator + page.map((p) => JSON.stringify(table.record(p))).join(",");
    separator = ",";
  }
}

const csvChunks = (store: Store, cycle: number | undefined) =>
  withOpening(csvRecord(table.columns.map((column) => column.name)), csvPages(store, cycle));

const jsonChunks = (store: Store, cycle: number | undefined) =>
  withOpening('{"codebook":"/api/exports/codebook.json","items":[', jsonPages(store, cycle), "]}");

const fileName = (cycle: number | undefined, extension: string) =>
  `attachment; filename="reengage-scores-${cycle ?? "all"}.${extension}"`;

/** Exports of public results only, streamed, with the codebook that explains them. */
export function exportRoutes({ store }: AppDeps) {
  const scores = (extension: "csv" | "json", type: string, chunks: typeof csvChunks) =>
    route({
      method: "get",
      path: `/api/exports/scores.${extension}`,
      access: ["analyst", "admin"],
      summary: `Public scores as ${extension.toUpperCase()}, one row per public country and cycle (all cycles without ?cycle=)`,
      tag: "exports",
      query: exportQuery,
      responses: { 200: { description: `Streamed ${type}` }, ...errors(400, 401, 403) },
      handler: (c, { query }) =>
        streamText(c, chunks(store, query.cycle), {
          "Content-Type": type,
          "Content-Disposition": fileName(query.cycle, extension),
          "Cache-Control": "no-store",
        }),
    });
  return [
    scores("csv", "text/csv; charset=utf-8; header=present", csvChunks),
    scores("json", "application/json; charset=utf-8", jsonChunks),
    route({
      method: "get",
      path: "/api/exports/codebook.json",
      access: ["analyst", "admin"],
      summary:
        "What every export column holds, with its levels, and the instrument versions it covers; in French with ?lang=fr or Accept-Language: fr",
      tag: "exports",
      responses: { 200: { description: "The codebook" }, ...errors(401, 403) },
      handler: (c) => {
        const language = requestLanguage(c);
        c.header("Content-Language", language);
        c.header("Vary", "Accept-Language");
        return c.json(codebookIn(language));
      },
    }),
  ];
}
