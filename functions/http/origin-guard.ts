import { timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { errorResponse } from "./errors.ts";

/** Header CloudFront adds to every request it forwards to the API (lower case, as Hono reads headers). */
export const ORIGIN_HEADER = "x-reengage-origin";

function sameSecret(given: string, expected: string): boolean {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Refuses every request that does not carry the origin secret, so the execute-api endpoint cannot be used to go
 * around CloudFront (and its WAF). 403 without saying which header is missing.
 */
export function originGuard(secret: string): MiddlewareHandler {
  return async (c, next) => {
    if (!sameSecret(c.req.header(ORIGIN_HEADER) ?? "", secret)) {
      return errorResponse(c, 403, "forbidden", "Requests reach this API through its site only");
    }
    return next();
  };
}
