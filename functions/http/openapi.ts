import * as z from "zod";
import { errorBodySchema } from "./errors.ts";
import { openApiPath, type RouteDefinition, type RouteResponse } from "./route-table.ts";

type JsonObject = Record<string, unknown>;

const COMPONENTS = "#/components/schemas/";

/**
 * Named schemas (zod `.meta({ id })`) collected into components/schemas. zod emits them under a local `$defs` of
 * each converted schema with `#/$defs/…` refs, which resolve nowhere inside an OpenAPI document; here they move to
 * components and every ref is rewritten to point there.
 */
class Components {
  readonly schemas: Record<string, JsonObject> = {};

  convert(schema: z.ZodType, io: "input" | "output"): JsonObject {
    const converted = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as JsonObject;
    const { $schema: _schema, $defs, ...rest } = converted as JsonObject & { $defs?: Record<string, JsonObject> };
    const renamed = new Map<string, string>();
    for (const [name, definition] of Object.entries($defs ?? {})) renamed.set(name, this.add(name, definition, io));
    for (const [name, definition] of Object.entries($defs ?? {})) {
      this.schemas[renamed.get(name) as string] = rewriteRefs(definition, renamed) as JsonObject;
    }
    return rewriteRefs(rest, renamed) as JsonObject;
  }

  /**
   * A component name for this definition: its id, or id + "Input" when the input shape differs from the output.
   * Two different schemas under one name would make refs lie, so that fails the build of the document.
   */
  private add(name: string, definition: JsonObject, io: "input" | "output"): string {
    // Stored definitions point at components already; compare this one as it would be stored under its own names.
    const asStored = JSON.stringify(rewriteRefs(definition, new Map()));
    for (const candidate of [name, `${name}${io === "input" ? "Input" : "Output"}`]) {
      const existing = this.schemas[candidate];
      if (existing === undefined || JSON.stringify(existing) === asStored) return candidate;
    }
    throw new Error(`Two different schemas are named ${name}: give one of them another id`);
  }
}

function rewriteRefs(value: unknown, renamed: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => rewriteRefs(v, renamed));
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => {
      if (key === "$ref" && typeof v === "string" && v.startsWith("#/$defs/")) {
        const name = v.slice("#/$defs/".length);
        return [key, `${COMPONENTS}${renamed.get(name) ?? name}`];
      }
      return [key, rewriteRefs(v, renamed)];
    }),
  );
}

function parameters(route: RouteDefinition, components: Components): JsonObject[] {
  const out: JsonObject[] = [];
  const add = (where: "path" | "query", schema: z.ZodType | undefined) => {
    if (!schema) return;
    const s = components.convert(schema, "input") as { properties?: Record<string, JsonObject>; required?: string[] };
    for (const [name, property] of Object.entries(s.properties ?? {})) {
      out.push({ name, in: where, required: where === "path" || (s.required ?? []).includes(name), schema: property });
    }
  };
  add("path", route.params);
  add("query", route.query);
  for (const [name, h] of Object.entries(route.headers ?? {})) {
    const { pattern, minLength, maxLength } = h;
    const schema = pattern ? { type: "string", pattern, minLength, maxLength } : { type: "string" };
    out.push({ name, in: "header", required: h.required, description: h.description, schema });
  }
  return out;
}

const standardErrors: Record<number, string> = {
  400: "Invalid request: details.field names what is wrong",
  401: "No valid bearer token",
  403: "The caller's role may not use this route",
  413: "Body larger than the limit",
  415: "Body not sent as application/json",
  431: "Request header fields too large",
};

/** Refusals the shared middleware gives on any route of this shape, whether or not the route lists them. */
function sharedRefusals(route: RouteDefinition): Record<number, RouteResponse> {
  const statuses = [431];
  if (route.access !== "public") statuses.push(401, 403);
  if (route.params || route.query || route.body || route.headers) statuses.push(400);
  if (route.body) statuses.push(413, 415);
  return Object.fromEntries(
    statuses.map((s) => [s, { description: standardErrors[s] as string, schema: errorBodySchema }]),
  );
}

function operation(route: RouteDefinition, components: Components): JsonObject {
  const documented = { ...sharedRefusals(route), ...route.responses };
  const responses = Object.fromEntries(
    Object.entries(documented).map(([status, r]) => {
      const type = r.contentType ?? "application/json";
      const schema = r.schema ? components.convert(r.schema(), "output") : undefined;
      const content = schema ? { content: { [type]: { schema } } } : r.contentType ? { content: { [type]: {} } } : {};
      return [status, { description: r.description, ...content }];
    }),
  );
  return {
    summary: route.summary,
    tags: [route.tag],
    "x-access": route.access === "public" ? "public" : route.access,
    security: route.access === "public" ? [] : [{ bearer: [] }],
    parameters: parameters(route, components),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: components.convert(route.body, "input") } },
          },
        }
      : {}),
    responses,
  };
}

/** OpenAPI 3.1 generated from the route table's zod schemas, so the document cannot drift from validation. */
export function buildOpenApi(routes: readonly RouteDefinition[]): JsonObject {
  const components = new Components();
  const paths: Record<string, JsonObject> = {};
  for (const r of routes) {
    const path = openApiPath(r.path);
    paths[path] = { ...(paths[path] ?? {}), [r.method]: operation(r, components) };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Reengage API",
      version: "1.0.0",
      description:
        "Readiness self-assessment for re-engagement in UN peace operations. x-access says who may call each route.",
    },
    components: {
      schemas: components.schemas,
      securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
    },
    paths,
  };
}
