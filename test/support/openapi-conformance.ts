import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import type { TestApp } from "./test-app.ts";

/** The parts of an OpenAPI document the conformance check reads. */
export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema> };
}

export type JsonSchema = Record<string, unknown>;

export interface Parameter {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  schema: JsonSchema;
}

export interface Operation {
  parameters: Parameter[];
  requestBody?: { content: { "application/json": { schema: JsonSchema } } };
  responses: Record<string, { description: string; content?: Record<string, { schema?: JsonSchema }> }>;
  "x-access": "public" | string[];
}

/** `{id}` templates that match a concrete path; the most literal first (`/docs/docs.js` before `/docs/{x}`). */
function templateMatcher(doc: OpenApiDocument): (path: string) => string | undefined {
  const templates = Object.keys(doc.paths)
    .map((template) => ({
      template,
      params: (template.match(/\{/g) ?? []).length,
      pattern: new RegExp(`^${template.replace(/[.]/g, "\\.").replace(/\{[^}]+\}/g, "[^/]+")}$`),
    }))
    .sort((a, b) => a.params - b.params);
  return (path) => templates.find((t) => t.pattern.test(path))?.template;
}

/** Each distinct schema error once, naming the property that is extra or missing. */
function explained(errors: ErrorObject[]): string {
  const lines = errors.map((e) => {
    const extra = (e.params as { additionalProperty?: string }).additionalProperty;
    return `${e.instancePath || "/"} ${e.message}${extra ? ` (${extra})` : ""}`;
  });
  return [...new Set(lines)].join("; ");
}

/**
 * Sends requests to the real app and checks every answer against the document: the route and its status are
 * documented, the media type is the documented one, and a JSON body validates against the documented schema.
 */
export function conformanceChecker(t: TestApp, doc: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  const validators = new Map<string, ValidateFunction>();
  const templateOf = templateMatcher(doc);
  /** Routes answered with a success status, as `get /api/x/{id}`. */
  const succeeded = new Set<string>();
  const problems: string[] = [];

  const validatorFor = (key: string, schema: JsonSchema) => {
    let validate = validators.get(key);
    if (!validate) {
      validate = ajv.compile({ ...schema, components: doc.components });
      validators.set(key, validate);
    }
    return validate;
  };

  async function check(method: string, path: string, res: Response): Promise<Response> {
    const template = templateOf(path.split("?")[0] as string);
    const operation = template ? doc.paths[template]?.[method.toLowerCase()] : undefined;
    const where = `${method} ${template ?? path} ${res.status}`;
    const documented = operation?.responses[String(res.status)];
    if (!operation || !documented) {
      problems.push(`${where}: not documented`);
      return res;
    }
    if (res.status < 300) succeeded.add(`${method.toLowerCase()} ${template}`);
    const type = (res.headers.get("content-type") ?? "").split(";")[0] as string;
    const [documentedType, media] = Object.entries(documented.content ?? {})[0] ?? [];
    if (documentedType !== undefined && type !== documentedType)
      problems.push(`${where}: ${type} not ${documentedType}`);
    if (!media?.schema || type !== "application/json") return res;
    const validate = validatorFor(where, media.schema);
    if (!validate(await res.clone().json())) problems.push(`${where}: ${explained(validate.errors ?? [])}`);
    return res;
  }

  /** Calls the app as `t.call` does and checks the answer. */
  const call = async (method: string, path: string, options: Parameters<TestApp["call"]>[2] = {}) =>
    check(method, path, await t.call(method, path, options));

  return { call, check, succeeded, problems };
}
