import * as z from "zod";
import { openApiPath, type RouteDefinition } from "./route-table.ts";

type JsonObject = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonObject {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonObject;
  return rest;
}

function parameters(route: RouteDefinition): JsonObject[] {
  const out: JsonObject[] = [];
  const add = (where: "path" | "query", schema: z.ZodType | undefined) => {
    if (!schema) return;
    const s = jsonSchema(schema, "input") as { properties?: Record<string, JsonObject>; required?: string[] };
    for (const [name, property] of Object.entries(s.properties ?? {})) {
      out.push({ name, in: where, required: where === "path" || (s.required ?? []).includes(name), schema: property });
    }
  };
  add("path", route.params);
  add("query", route.query);
  for (const [name, h] of Object.entries(route.headers ?? {})) {
    out.push({ name, in: "header", required: h.required, description: h.description, schema: { type: "string" } });
  }
  return out;
}

function operation(route: RouteDefinition): JsonObject {
  const responses = Object.fromEntries(
    Object.entries(route.responses).map(([status, r]) => [
      status,
      {
        description: r.description,
        ...(r.schema ? { content: { "application/json": { schema: jsonSchema(r.schema(), "output") } } } : {}),
      },
    ]),
  );
  return {
    summary: route.summary,
    tags: [route.tag],
    "x-access": route.access === "public" ? "public" : route.access,
    security: route.access === "public" ? [] : [{ bearer: [] }],
    parameters: parameters(route),
    ...(route.body
      ? {
          requestBody: { required: true, content: { "application/json": { schema: jsonSchema(route.body, "input") } } },
        }
      : {}),
    responses,
  };
}

/** OpenAPI 3.1 generated from the route table's zod schemas, so the document cannot drift from validation. */
export function buildOpenApi(routes: readonly RouteDefinition[]): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const r of routes) {
    const path = openApiPath(r.path);
    paths[path] = { ...(paths[path] ?? {}), [r.method]: operation(r) };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Reengage API",
      version: "1.0.0",
      description:
        "Readiness self-assessment for re-engagement in UN peace operations. x-access says who may call each route.",
    },
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } } },
    paths,
  };
}
