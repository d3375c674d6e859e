import { createLocalJWKSet, createRemoteJWKSet, type JSONWebKeySet, jwtVerify } from "jose";
import { type Principal, principalFromClaims } from "./principal.ts";

export type TokenVerifier = (token: string) => Promise<Principal | undefined>;

export interface VerifierOptions {
  issuer: string;
  audience: string;
}

function verifierWith(keys: Parameters<typeof jwtVerify>[1], options: VerifierOptions): TokenVerifier {
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ["ES256", "RS256"],
      });
      return principalFromClaims(payload);
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
  return verifierWith(createRemoteJWKSet(new URL(jwksUrl)), options);
}
