import * as z from "zod";
import { docsCss, docsHtml, docsJs } from "../docs/docs-assets.ts";
import { responseSchema, route } from "../route-table.ts";

/**
 * The OpenAPI document and the self-hosted docs page that renders it. The document is built on its first request,
 * not at start: turning every schema into JSON Schema took about a sixth of a cold start, for a route few call.
 */
export function docsRoutes(buildOpenApi: () => object) {
  let openApi: object | undefined;
  const asset = (path: string, summary: string, type: string, body: string) =>
    route({
      method: "get",
      path,
      access: "public",
      summary,
      tag: "docs",
      responses: { 200: { description: summary, contentType: type.split(";")[0] } },
      handler: (c) => c.body(body, 200, { "Content-Type": type, "Cache-Control": "public, max-age=300" }),
    });
  return [
    route({
      method: "get",
      path: "/api/openapi.json",
      access: "public",
      summary: "This API's OpenAPI 3.1 description",
      tag: "docs",
      responses: {
        200: {
          description: "OpenAPI document",
          schema: responseSchema(() =>
            z.looseObject({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) }),
          ),
        },
      },
      handler: (c) => {
        openApi ??= buildOpenApi();
        return c.json(openApi);
      },
    }),
    asset("/api/docs", "Human-readable API documentation", "text/html; charset=utf-8", docsHtml),
    asset("/api/docs/docs.js", "Docs page script", "text/javascript; charset=utf-8", docsJs),
    asset("/api/docs/docs.css", "Docs page styles", "text/css; charset=utf-8", docsCss),
  ];
}
