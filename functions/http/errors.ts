import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import * as z from "zod";
import {
  ConflictError,
  DomainError,
  NotFoundError,
  UnavailableError,
  UnprocessableError,
  ValidationError,
} from "../core/errors.ts";
import { frenchMessage, frenchReason } from "./error-messages-fr.ts";
import { requestLanguage } from "./language.ts";
import { responseSchema } from "./route-table.ts";

export const errorBodySchema = responseSchema(() =>
  z
    .object({
      error: z.object({ code: z.string(), message: z.string(), details: z.record(z.string(), z.unknown()).optional() }),
    })
    .meta({ id: "Error" }),
);

/** An HTTP-level refusal raised by middleware and handlers (auth, preconditions). */
export class HttpError extends DomainError {
  constructor(
    readonly status: ContentfulStatusCode,
    code: string,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(code, message, details);
  }

  /** The message in French when it cannot be derived from the English one (zod's own issue messages). */
  localized?: { fr: string };
}

function statusOf(error: DomainError): ContentfulStatusCode {
  if (error instanceof HttpError) return error.status;
  if (error instanceof ValidationError) return 400;
  if (error instanceof NotFoundError) return 404;
  if (error instanceof ConflictError) return 409;
  if (error instanceof UnprocessableError) return 422;
  if (error instanceof UnavailableError) return 503;
  return 400;
}

/** The error body, its message in the caller's language (`?lang=` or Accept-Language); the code never changes. */
export function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  details?: object,
  localized?: { fr: string },
) {
  const language = requestLanguage(c);
  const text = language === "fr" ? (localized?.fr ?? frenchMessage(message) ?? message) : message;
  c.header("Content-Language", language);
  return c.json({ error: { code, message: text, ...(details ? { details } : {}) } }, status);
}

interface LoggedError {
  name: string;
  message: string;
  stack?: string;
  cause?: LoggedError;
}

function described(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error)) return { name: typeof error, message: String(error) };
  const cause = error.cause !== undefined && depth < 4 ? described(error.cause, depth + 1) : undefined;
  return { name: error.name, message: error.message, stack: error.stack, ...(cause ? { cause } : {}) };
}

/** A 5xx is ours to investigate: one JSON line (one log event) with the stack and the chain of causes. */
function logFailure(error: Error, status: 500 | 503): void {
  console.error(JSON.stringify({ level: "error", status, ...described(error) }));
}

/** The one mapping from errors to HTTP: domain errors keep their code; anything else is a bare 500. */
export function onError(error: Error, c: Context): Response {
  if (error instanceof UnavailableError) {
    c.header("Retry-After", String(error.retryAfterSeconds));
    logFailure(error, 503);
  }
  if (error instanceof DomainError) {
    const localized = error instanceof HttpError ? error.localized : undefined;
    return errorResponse(c, statusOf(error), error.code, error.message, error.details, localized);
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    const code = status === 413 ? "payload_too_large" : "http_error";
    return errorResponse(c, status, code, error.message || "Request refused");
  }
  logFailure(error, 500);
  return errorResponse(c, 500, "internal", "Something went wrong on our side");
}

/** Turns zod issues into a 400 naming the first offending field. */
export function validationFailure(where: string, error: z.ZodError): HttpError {
  const innermost = error.issues.map((i) => (i.code === "invalid_key" ? (i.issues[0] ?? i) : i));
  const issues = error.issues.map((i, n) => ({
    path: [where, ...i.path.map(String)].join("."),
    message: (innermost[n] as z.core.$ZodIssue).message,
  }));
  const first = issues[0] as { path: string; message: string };
  const failure = new HttpError(400, "invalid_request", `${first.path}: ${first.message}`, {
    field: first.path,
    issues,
  });
  failure.localized = { fr: `${first.path} : ${frenchIssue(innermost[0] as z.core.$ZodIssue)}` };
  return failure;
}

let zodFrench: ReturnType<typeof z.locales.fr> | undefined;

/** A zod issue in French: our own refinement messages from the table, zod's built-in ones from its French locale. */
function frenchIssue(issue: z.core.$ZodIssue): string {
  const ours = frenchReason(issue.message);
  if (ours !== undefined) return ours;
  zodFrench ??= z.locales.fr();
  const built = zodFrench.localeError(issue as unknown as z.core.$ZodRawIssue);
  return typeof built === "string" ? built : (built?.message ?? issue.message);
}

/** OpenAPI response entries for error statuses, all with the one error body. */
export function errorResponses(...codes: number[]) {
  return Object.fromEntries(codes.map((code) => [code, { description: `Error ${code}`, schema: errorBodySchema }]));
}
