import * as z from "zod";
import { NotFoundError } from "../../core/errors.ts";
import { findInstrument, listInstruments } from "../../core/instrument/catalogue.ts";
import { errorBodySchema } from "../errors.ts";
import { responseSchema, route } from "../route-table.ts";

const versionParams = z.object({ id: z.string().min(1).max(64), version: z.string().min(1).max(16) }).strict();

/** Routes anyone may call: liveness and the published instruments. */
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
      path: "/api/instruments",
      access: "public",
      summary: "Published instrument versions",
      tag: "instruments",
      responses: { 200: { description: "Instrument summaries" } },
      handler: (c) => c.json({ items: listInstruments() }),
    }),
    route({
      method: "get",
      path: "/api/instruments/:id/versions/:version",
      access: "public",
      summary: "One instrument version, with dimensions, indicators, profile, risk rules and recommendations",
      tag: "instruments",
      params: versionParams,
      responses: { 200: { description: "The instrument" }, 404: { description: "Unknown", schema: errorBodySchema } },
      handler: (c, { params }) => {
        const instrument = findInstrument(params.id, params.version);
        if (!instrument) throw new NotFoundError("instrument version");
        c.header("Cache-Control", "public, max-age=3600, immutable");
        return c.json(instrument);
      },
    }),
  ];
}
