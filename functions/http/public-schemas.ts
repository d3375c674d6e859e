import * as z from "zod";
import { unRegionalGroups } from "../core/cohorts/un-member-states.ts";
import { instrumentSchema, localeTextSchema } from "../core/instrument/schema.ts";
import { languages } from "../core/instrument/translations/index.ts";
import { responseSchema } from "./route-table.ts";

/** Response shapes of the public routes and the exports, written once for the document and the web client. */

const lang = z.enum(languages).meta({ description: "The language served: French texts sit beside the English" });

export const instrumentListSchema = z
  .object({ lang, items: z.array(z.object({ id: z.string(), version: z.string(), title: localeTextSchema })) })
  .meta({ id: "InstrumentList" });

export const servedInstrumentSchema = instrumentSchema.extend({ lang }).meta({ id: "Instrument" });

export const instrumentListResponse = responseSchema(() => instrumentListSchema);

export const countryListSchema = z
  .object({
    lang: z.enum(languages).describe("The language of the names"),
    items: z.array(
      z.object({
        code: z.string().describe("ISO 3166-1 alpha-3"),
        name: z.string().describe("The UN's short name in `lang` (English or French)"),
        group: z.enum(unRegionalGroups),
      }),
    ),
  })
  .meta({ id: "CountryList" });
export const countriesResponse = responseSchema(() => countryListSchema);
export const instrumentResponse = responseSchema(() => servedInstrumentSchema);

/** RFC 7517 key set; members beyond these depend on the key type. */
export const jwksResponse = responseSchema(() =>
  z
    .object({
      keys: z.array(z.looseObject({ kty: z.string(), kid: z.string().optional(), alg: z.string().optional() })),
    })
    .meta({ id: "JsonWebKeySet" }),
);

const column = z.object({
  name: z.string(),
  type: z.enum(["string", "integer", "number", "date-time", "level"]),
  description: z.string(),
  levels: z.record(z.string(), z.string()).optional(),
  appliesTo: z.array(z.string()).optional().meta({ description: "Instrument versions (id@version) that fill it" }),
});

export const codebookResponse = responseSchema(() =>
  z
    .object({
      lang,
      title: z.string(),
      rows: z.string(),
      csv: z.string(),
      json: z.string(),
      belowCoverage: z.string().describe("How rows below the coverage floor are left out and counted"),
      notInExports: z
        .array(z.object({ name: z.string(), description: z.string(), note: z.string() }))
        .describe("Figures the reports carry that cross-country exports leave out, with the reason"),
      instruments: z.array(z.object({ id: z.string(), version: z.string(), title: z.string(), document: z.string() })),
      columns: z.array(column),
    })
    .meta({ id: "Codebook" }),
);

export const scoresExportResponse = responseSchema(() =>
  z
    .object({
      codebook: z.string(),
      items: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))),
      belowCoverage: z.number().int().min(0).describe("Public rows left out under the coverage floor (method 1.1)"),
    })
    .meta({ id: "ScoresExport", description: "One record per public country and cycle; columns as the codebook says" }),
);
