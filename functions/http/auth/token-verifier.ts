import { createLocalJWKSet, createRemoteJWKSet, type JSONWebKeySet, jwtVerify } from "jose";
import { type Principal, principalFromClaims } from "./principal.ts";

export type TokenVerifier = (token: string) => Promise<Principal | undefined>;

export interface VerifierOptions {
  issuer: string;
  audience: string;
  /** Milliseconds since the epoch; injectable so expiry can be tested. */
  now?: () => number;
}

const CACHE_LIMIT = 1000;

interface Verified {
  principal: Principal;
  expiresAtMs: number;
}

/**
 * Signature checks cost a few hundred microseconds each, and a client sends the same token many times: a token that
 * verified is remembered until its own `exp`. Tokens are immutable, so this changes no decision.
 */
function verifierWith(keys: Parameters<typeof jwtVerify>[1], options: VerifierOptions): TokenVerifier {
  const now = options.now ?? Date.now;
  const verified = new Map<string, Verified>();
  return async (token) => {
    const cached = verified.get(token);
    if (cached && cached.expiresAtMs > now()) return cached.principal;
    verified.delete(token);
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ["ES256", "RS256"],
        // A token without an expiry would be valid for ever once leaked.
        requiredClaims: ["exp", "sub"],
        currentDate: new Date(now()),
      });
      const principal = principalFromClaims(payload);
      if (principal) {
        if (verified.size >= CACHE_LIMIT) verified.delete(verified.keys().next().value as string);
        verified.set(token, { principal, expiresAtMs: (payload.exp as number) * 1000 });
      }
      return principal;
    } catch {
      return undefined;
    }
  };
}

/** Verifies against a key set held in memory (local mode: the key pair in the data folder). */
export function localVerifier(jwks: JSONWebKeySet, options: VerifierOptions): TokenVerifier {
  return verifierWith(createLocalJWKSet(jwks), options);
}
/** Verifies against a remote JWKS (Cognito), cached and refreshed by jose. */
export function remoteVerifier(jwksUrl: string, options: VerifierOptions): TokenVerifier {
  const url = new URL(jwksUrl);
  // Made on the first token, not at cold start: making it touches fetch's Headers, which loads undici (~15 ms),
  // and a cold start answering a public route or a request without a token never needs the keys.
  let keys: ReturnType<typeof createRemoteJWKSet> | undefined;
  return verifierWith((header, token) => {
    keys ??= createRemoteJWKSet(url);
    return keys(header, token);
  }, options);
}
