import * as z from "zod";
import { unMemberStatesIn } from "../../core/cohorts/country-names-fr.ts";
import { NotFoundError } from "../../core/errors.ts";
import { findInstrument, instruments, listInstruments } from "../../core/instrument/catalogue.ts";
import { errorBodySchema } from "../errors.ts";
import { languageQuery, servedInstrument, summariesIn } from "../instrument-language.ts";
import { servedLanguage } from "../language.ts";
import { countriesResponse, instrumentListResponse, instrumentResponse } from "../public-schemas.ts";
import { responseSchema, route } from "../route-table.ts";

const versionParams = z.object({ id: z.string().min(1).max(64), version: z.string().min(1).max(16) }).strict();

/** Routes anyone may call: liveness, the published instruments and the names of UN member states. */
export function publicRoutes() {
  return [
    route({
      method: "get",
      path: "/api/health",
      access: "public",
      summary: "Liveness check",
      tag: "system",
      responses: {
        200: { description: "The API is up", schema: responseSchema(() => z.object({ status: z.literal("ok") })) },
      },
      handler: (c) => c.json({ status: "ok" }),
    }),
    route({
      method: "get",
      path: "/api/countries",
      access: "public",
      summary:
        "UN member states by ISO alpha-3 code, with the UN's short name and regional group, so clients show names instead of codes. Names in French with ?lang=fr (or Accept-Language: fr); top-level `lang` says which was served",
      tag: "system",
      query: languageQuery,
      responses: {
        200: { description: "Every UN member state", schema: countriesResponse },
        400: { description: "Bad lang", schema: errorBodySchema },
      },
      handler: (c, { query }) => {
        const lang = servedLanguage(c, query);
        c.header("Cache-Control", "public, max-age=86400");
        return c.json({ lang, items: unMemberStatesIn(lang) });
      },
    }),
    route({
      method: "get",
      path: "/api/instruments",
      access: "public",
      summary: "Published instrument versions (titles in French too with ?lang=fr or Accept-Language: fr)",
      tag: "instruments",
      query: languageQuery,
      responses: {
        200: { description: "Instrument summaries", schema: instrumentListResponse },
        400: { description: "Bad lang", schema: errorBodySchema },
      },
      handler: (c, { query }) => {
        const lang = servedLanguage(c, query);
        return c.json({ lang, items: summariesIn(listInstruments(), instruments, lang) });
      },
    }),
    route({
      method: "get",
      path: "/api/instruments/:id/versions/:version",
      access: "public",
      summary:
        "One instrument version, with dimensions, indicators, profile, risk rules and recommendations. With ?lang=fr (or Accept-Language: fr) every text carries its French (`fr`) beside the English; top-level `lang` says which was served",
      tag: "instruments",
      params: versionParams,
      query: languageQuery,
      headers: {
        "If-None-Match": {
          required: false,
          description: "ETags held from an earlier read: 304 when one is still current",
          maxLength: 1024,
        },
      },
      responses: {
        200: { description: "The instrument; ETag of its bytes", schema: instrumentResponse },
        304: { description: "Not modified: If-None-Match holds the current ETag" },
        400: { description: "Bad lang", schema: errorBodySchema },
        404: { description: "Unknown", schema: errorBodySchema },
      },
      handler: (c, { params, query }) => {
        const instrument = findInstrument(params.id, params.version);
        if (!instrument) throw new NotFoundError("instrument version");
        const lang = servedLanguage(c, query);
        const { body, etag } = servedInstrument(instrument, lang);
        c.header("Cache-Control", "public, max-age=3600, immutable");
        c.header("ETag", etag);
        // Weak comparison (RFC 9110 §13.1.2): a compressing proxy marks the tag it passes on weak.
        const held = c.req
          .header("if-none-match")
          ?.split(",")
          .map((t) => t.trim().replace(/^W\//, ""));
        if (held?.includes(etag) || held?.includes("*")) return c.body(null, 304);
        return c.body(body, 200, { "Content-Type": "application/json" });
      },
    }),
  ];
}
