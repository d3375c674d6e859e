import type { Context, MiddlewareHandler } from "hono";
import type { z } from "zod";
import type { AppEnv } from "./app-deps.ts";
import type { Principal } from "./auth/principal.ts";
import { HttpError, validationFailure } from "./errors.ts";
import type { RouteDefinition } from "./route-table.ts";

function parse<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T {
  if (!schema) return undefined as T;
  // reportInput lets the French error message name the type received (see errors.ts, frenchIssue).
  const result = schema.safeParse(value, { reportInput: true });
  if (!result.success) throw validationFailure(where, result.error);
  return result.data;
}

/** The path of the first `__proto__` key in a parsed body: zod's records drop such keys silently, so refuse them here. */
function prototypeKeyPath(value: unknown, path: string[] = []): string[] | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  for (const key of Object.keys(value)) {
    if (key === "__proto__") return [...path, key];
    const found = prototypeKeyPath((value as Record<string, unknown>)[key], [...path, key]);
    if (found) return found;
  }
  return undefined;
}

async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw new HttpError(415, "unsupported_media_type", "Send the body as application/json", { field: "content-type" });
  }
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new HttpError(400, "invalid_request", "body: not valid JSON", { field: "body" });
  }
  const reserved = prototypeKeyPath(body);
  if (reserved) {
    const field = ["body", ...reserved].join(".");
    throw new HttpError(400, "invalid_request", `${field}: this key is reserved`, { field });
  }
  return body;
}

/** Parses params, query and body with the route's zod schemas, then runs its handler: thin glue only. */
export function validated(route: RouteDefinition): MiddlewareHandler<AppEnv> {
  return async (c) => {
    const params = parse(route.params, c.req.param(), "params");
    const query = parse(route.query, c.req.query(), "query");
    const body = route.body ? parse(route.body, await readJson(c), "body") : undefined;
    // authorize() has set a principal on every route that is not public, or refused the request.
    const principal = c.get("principal") as Principal;
    return route.handler(c, { params, query, body, principal });
  };
}
