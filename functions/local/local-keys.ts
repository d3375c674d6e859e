import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { exportJWK, generateKeyPair, importJWK, type JSONWebKeySet, type JWK, SignJWT } from "jose";
import type { Role } from "../http/auth/principal.ts";

export const LOCAL_ISSUER = "reengage-local";
export const LOCAL_AUDIENCE = "reengage";
const TOKEN_LIFETIME_SECONDS = 3600;

export interface LocalKeys {
  jwks: JSONWebKeySet;
  mint: (claims: { subject: string; role: Role; country?: string }) => Promise<{ token: string; expiresAt: string }>;
}

/** Reads the key file; only a missing file makes a new key (a malformed one stops the server: sessions hang on it). */
async function loadOrCreatePrivateJwk(dataDir: string): Promise<JWK> {
  const path = join(dataDir, "jwt-signing-key.json");
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw keyFileError(path, error);
    return createPrivateJwk(dataDir, path);
  }
  try {
    const jwk = JSON.parse(text) as JWK;
    if (jwk.kty !== "EC" || jwk.crv !== "P-256" || typeof jwk.d !== "string" || typeof jwk.kid !== "string") {
      throw new Error("not an ES256 private key with a kid");
    }
    await importJWK(jwk, "ES256");
    return jwk;
  } catch (error) {
    throw keyFileError(path, error);
  }
}

function keyFileError(path: string, cause: unknown): Error {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new Error(`The local signing key ${path} is unusable (${reason}); it was left as it is: fix or remove it`);
}

async function createPrivateJwk(dataDir: string, path: string): Promise<JWK> {
  const { privateKey } = await generateKeyPair("ES256", { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: `local-${Date.now().toString(36)}`, alg: "ES256" };
  await mkdir(dataDir, { recursive: true });
  // "wx": never overwrite a key file that appeared meanwhile.
  await writeFile(path, JSON.stringify(jwk), { mode: 0o600, flag: "wx" });
  return jwk;
}

/** The local ES256 key pair, kept in the data folder so tokens survive a restart. */
export async function localKeys(dataDir: string, now: () => Date = () => new Date()): Promise<LocalKeys> {
  const privateJwk = await loadOrCreatePrivateJwk(dataDir);
  const { d: _private, ...publicJwk } = privateJwk;
  const signingKey = await importJWK(privateJwk, "ES256");
  const mint: LocalKeys["mint"] = async ({ subject, role, country }) => {
    const issuedAt = Math.floor(now().getTime() / 1000);
    const expires = issuedAt + TOKEN_LIFETIME_SECONDS;
    const token = await new SignJWT(country ? { role, country } : { role })
      .setProtectedHeader({ alg: "ES256", kid: privateJwk.kid as string })
      .setSubject(subject)
      .setIssuer(LOCAL_ISSUER)
      .setAudience(LOCAL_AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expires)
      .sign(signingKey);
    return { token, expiresAt: new Date(expires * 1000).toISOString() };
  };
  return { jwks: { keys: [{ ...publicJwk, use: "sig" }] }, mint };
}
