import type { JWTPayload } from "jose";

export const roles = ["official", "analyst", "admin", "reviewer"] as const;
export type Role = (typeof roles)[number];

/** Who is calling, as established from a verified token. */
export interface Principal {
  subject: string;
  role: Role;
  /** ISO 3166-1 alpha-3; present for officials and reviewers, the roles bound to one country. */
  country?: string;
}

const countryPattern = /^[A-Z]{3}$/;

/** Cognito puts groups in `cognito:groups`; local tokens carry `role`. Either way the strongest role wins. */
function roleOf(claims: JWTPayload): Role | undefined {
  const groups = Array.isArray(claims["cognito:groups"]) ? (claims["cognito:groups"] as unknown[]) : [];
  const candidates = [claims.role, ...groups];
  for (const role of ["admin", "analyst", "official", "reviewer"] as const) if (candidates.includes(role)) return role;
  return undefined;
}

/** Officials and reviewers act for one country; their tokens must name it. */
export function countryBound(role: Role): boolean {
  return role === "official" || role === "reviewer";
}

/** Maps verified claims to a principal; undefined when the token grants no usable role. */
export function principalFromClaims(claims: JWTPayload): Principal | undefined {
  const role = roleOf(claims);
  if (!role || typeof claims.sub !== "string") return undefined;
  if (!countryBound(role)) return { subject: claims.sub, role };
  const country = claims.country ?? claims["custom:country"];
  if (typeof country !== "string" || !countryPattern.test(country)) return undefined;
  return { subject: claims.sub, role, country };
}
