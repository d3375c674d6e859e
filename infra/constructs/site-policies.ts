import { Duration } from "aws-cdk-lib";
import {
  Function as CfFunction,
  FunctionCode,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  ResponseHeadersPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import type { Construct } from "constructs";
import { cspHeader } from "../../functions/contract/deployment-contract.ts";

/** The site's Content-Security-Policy: the app's own (functions/contract), so site and API cannot drift apart. */
export const SITE_CSP = cspHeader();

/** Fallback CSP for API responses that do not set their own (the API's docs page may). */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

const HSTS = { accessControlMaxAge: Duration.days(730), includeSubdomains: true, override: true };
const PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

function customHeaders(override: boolean) {
  return {
    customHeaders: [
      { header: "Permissions-Policy", value: PERMISSIONS, override },
      { header: "Cross-Origin-Opener-Policy", value: "same-origin", override },
    ],
  };
}

/** Security headers for the static site; CloudFront's values win over anything stored in S3. */
export function siteHeadersPolicy(scope: Construct, id: string): ResponseHeadersPolicy {
  return new ResponseHeadersPolicy(scope, id, {
    comment: "Reengage site security headers",
    securityHeadersBehavior: {
      contentSecurityPolicy: { contentSecurityPolicy: SITE_CSP, override: true },
      strictTransportSecurity: HSTS,
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
    },
    customHeadersBehavior: customHeaders(true),
    removeHeaders: ["Server"],
  });
}

/** Security headers for `/api/*`: HSTS and nosniff always; CSP and framing only when the API sets none. */
export function apiHeadersPolicy(scope: Construct, id: string): ResponseHeadersPolicy {
  return new ResponseHeadersPolicy(scope, id, {
    comment: "Reengage API security headers",
    securityHeadersBehavior: {
      contentSecurityPolicy: { contentSecurityPolicy: API_CSP, override: false },
      strictTransportSecurity: HSTS,
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override: false },
      referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: false },
    },
    customHeadersBehavior: customHeaders(false),
  });
}

/**
 * Viewer-request function for the static behaviour: a path without a file extension is a client-side
 * route and gets `/index.html`. (Distribution-wide error responses would also rewrite the API's 404s.)
 */
export function spaRewriteFunction(scope: Construct, id: string): CfFunction {
  return new CfFunction(scope, id, {
    comment: "Serve index.html for client-side routes",
    runtime: FunctionRuntime.JS_2_0,
    code: FunctionCode.fromInline(
      [
        "function handler(event) {",
        "  var request = event.request;",
        "  var last = request.uri.substring(request.uri.lastIndexOf('/') + 1);",
        "  if (last.indexOf('.') === -1) { request.uri = '/index.html'; }",
        "  return request;",
        "}",
      ].join("\n"),
    ),
  });
}
