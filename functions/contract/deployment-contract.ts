/**
 * Values the API code and the CDK app must agree on, written once: infra/ imports them rather than restating them.
 * Plain data only (no SDK, no CDK), so both sides can load it.
 */

/** Routes API Gateway passes through without the JWT authorizer; every other `/api/*` route needs a token. */
export const PUBLIC_ROUTES = [
  "/api/health",
  "/api/countries",
  "/api/instruments",
  "/api/instruments/{id}/versions/{version}",
  "/api/openapi.json",
  "/api/docs",
  "/api/docs/{proxy+}",
] as const;

/**
 * The one inline script the site runs: web/early-requests.js, which asks for a questionnaire's data while the app's
 * code loads. Allowed by its SHA-256 rather than by 'unsafe-inline'; a test recomputes it from the file.
 */
export const EARLY_REQUESTS_SCRIPT_HASH = "'sha256-ReQFiEF17hxhtro03ta5XypoeTETefqSC7a0XL1nwg8='";

/** Content-Security-Policy of the site and the app (the web app and the Cognito hosted UI it signs in through). */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", EARLY_REQUESTS_SCRIPT_HASH],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", "data:"],
  connectSrc: ["'self'", "https://*.amazoncognito.com"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'", "https://*.amazoncognito.com"],
  objectSrc: ["'none'"],
};

/** The policy as a header value: `defaultSrc` becomes `default-src`, values joined by spaces. */
export function cspHeader(policy: Record<string, readonly string[]> = CONTENT_SECURITY_POLICY): string {
  return Object.entries(policy)
    .map(([directive, values]) => `${directive.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${values.join(" ")}`)
    .join("; ");
}

/** Countries behind any released pooled statistic unless POOLED_MIN_COUNT says more (never fewer: see core). */
export const DEFAULT_POOLED_MIN_COUNT = 5;
