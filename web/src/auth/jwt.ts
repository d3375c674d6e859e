import type { Role } from "../api/types.ts";

export interface Claims {
  role: Role | null;
  country: string | undefined;
  exp: number | undefined;
  sub: string | undefined;
}

const roles: readonly Role[] = ["admin", "analyst", "official"];

/** Reads (does not verify) the claims the UI needs; the API verifies every token. */
export function readClaims(token: string): Claims {
  const part = token.split(".")[1] ?? "";
  let payload: Record<string, unknown> = {};
  try {
    const b64 = part.replace(/-/g, "+").replace(/_/g, "/");
    const json = new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
    payload = JSON.parse(json) as Record<string, unknown>;
  } catch {
    payload = {};
  }
  const groups = Array.isArray(payload["cognito:groups"]) ? (payload["cognito:groups"] as string[]) : [];
  const named = typeof payload.role === "string" ? [payload.role] : [];
  const role = roles.find((r) => named.includes(r) || groups.includes(r)) ?? null;
  const country = payload.country ?? payload["custom:country"];
  return {
    role,
    country: typeof country === "string" ? country : undefined,
    exp: typeof payload.exp === "number" ? payload.exp : undefined,
    sub: typeof payload.sub === "string" ? payload.sub : undefined,
  };
}
