import type { Context } from "hono";
import { HttpError } from "./errors.ts";
import type { HeaderDefinition } from "./route-table.ts";

const ifMatchSyntax = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/;
const idempotencyKeySyntax = /^[A-Za-z0-9._:-]{1,128}$/;

/** If-Match as routes document it: the same syntax the check below accepts. */
export const ifMatchHeader: HeaderDefinition = {
  required: true,
  description: 'The version you hold, as an entity tag: "3"',
  pattern: ifMatchSyntax.source,
  minLength: 1,
  maxLength: 32,
};

/** Idempotency-Key as routes document it. */
export const idempotencyKeyHeader: HeaderDefinition = {
  required: true,
  description: "A unique key per intended submission (1–128 of A–Z a–z 0–9 . _ : -)",
  pattern: idempotencyKeySyntax.source,
  minLength: 1,
  maxLength: 128,
};

/** Reads `If-Match: "<version>"` (RFC 9110 entity tag; a weak tag or bare number is tolerated). */
export function requiredIfMatch(c: Context): number {
  const header = c.req.header("if-match");
  if (header === undefined) {
    throw new HttpError(428, "precondition_required", 'Send If-Match: "<version>" from the ETag you last read', {
      field: "If-Match",
    });
  }
  const match = ifMatchSyntax.exec(header);
  if (!match)
    throw new HttpError(400, "invalid_request", 'If-Match: expected an entity tag like "3"', { field: "If-Match" });
  return Number(match[1]);
}

/**
 * A respondent's first save sends `If-None-Match: *` (create only if absent), later saves `If-Match: "<version>"`.
 * Neither is 428.
 */
export function responsePrecondition(c: Context): { kind: "first-save" } | { kind: "version"; version: number } {
  const noneMatch = c.req.header("if-none-match");
  if (noneMatch !== undefined && c.req.header("if-match") === undefined) {
    if (noneMatch.trim() !== "*")
      throw new HttpError(400, "invalid_request", "If-None-Match: send * for a first save", { field: "If-None-Match" });
    return { kind: "first-save" };
  }
  return { kind: "version", version: requiredIfMatch(c) };
}

export function etagOf(version: number): string {
  return `"${version}"`;
}

/** Reads the Idempotency-Key header: 1–128 visible characters; 428 without one, as without If-Match. */
export function requiredIdempotencyKey(c: Context): string {
  const key = c.req.header("idempotency-key");
  if (key === undefined) {
    throw new HttpError(428, "precondition_required", "Send an Idempotency-Key header, unique per submission", {
      field: "Idempotency-Key",
    });
  }
  if (!idempotencyKeySyntax.test(key)) {
    throw new HttpError(400, "invalid_request", "Idempotency-Key: send a unique key (1–128 of A–Z a–z 0–9 . _ : -)", {
      field: "Idempotency-Key",
    });
  }
  return key;
}
