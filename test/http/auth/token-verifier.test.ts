import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importJWK, type JWK, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localVerifier, remoteVerifier } from "../../../functions/http/auth/token-verifier.ts";
import { LOCAL_AUDIENCE, LOCAL_ISSUER, type LocalKeys, localKeys } from "../../../functions/local/local-keys.ts";

let dir: string;
let keys: LocalKeys;
let clock = Date.parse("2026-06-01T12:00:00Z");
const now = () => clock;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "reengage-verifier-"));
  keys = await localKeys(dir, () => new Date(clock));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("token verifier", () => {
  it("accepts a valid token repeatedly and refuses it once expired, cached or not", async () => {
    const verify = localVerifier(keys.jwks, { issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE, now });
    const { token } = await keys.mint({ subject: "u1", role: "official", country: "CAN" });
    expect(await verify(token)).toEqual({ subject: "u1", role: "official", country: "CAN" });
    expect(await verify(token)).toEqual({ subject: "u1", role: "official", country: "CAN" });
    clock += 3601_000;
    expect(await verify(token)).toBeUndefined();
    const fresh = localVerifier(keys.jwks, { issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE, now });
    expect(await fresh(token)).toBeUndefined();
  });

  it("refuses a well-signed token that carries no exp", async () => {
    const jwk = JSON.parse(await readFile(join(dir, "jwt-signing-key.json"), "utf8")) as JWK;
    const sign = async (exp: boolean) => {
      const jwt = new SignJWT({ role: "admin" })
        .setProtectedHeader({ alg: "ES256", kid: jwk.kid as string })
        .setSubject("u-no-exp")
        .setIssuer(LOCAL_ISSUER)
        .setAudience(LOCAL_AUDIENCE)
        .setIssuedAt(Math.floor(clock / 1000));
      if (exp) jwt.setExpirationTime(Math.floor(clock / 1000) + 60);
      return jwt.sign(await importJWK(jwk, "ES256"));
    };
    const verify = localVerifier(keys.jwks, { issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE, now });
    expect(await verify(await sign(true))).toEqual({ subject: "u-no-exp", role: "admin" });
    expect(await verify(await sign(false))).toBeUndefined();
    expect(await verify(await sign(false))).toBeUndefined();
  });

  it("refuses tampered tokens, other audiences and tokens without a usable role", async () => {
    const verify = localVerifier(keys.jwks, { issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE, now });
    const { token } = await keys.mint({ subject: "u2", role: "analyst" });
    const [h, p, s] = token.split(".") as [string, string, string];
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(p, "base64url").toString()), role: "admin" }),
    ).toString("base64url");
    expect(await verify(`${h}.${forged}.${s}`)).toBeUndefined();
    const other = localVerifier(keys.jwks, { issuer: LOCAL_ISSUER, audience: "someone-else", now });
    expect(await other(token)).toBeUndefined();
    const noCountry = await keys.mint({ subject: "u3", role: "official" });
    expect(await verify(noCountry.token)).toBeUndefined();
  });

  it("fetches a remote key set only when the first token arrives, then verifies against it", async () => {
    let fetches = 0;
    const server: Server = createServer((req, res) => {
      fetches += 1;
      res.writeHead(req.url === "/jwks" ? 200 : 404, { "content-type": "application/json" });
      res.end(JSON.stringify(keys.jwks));
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    try {
      const { port } = server.address() as AddressInfo;
      const verify = remoteVerifier(`http://127.0.0.1:${port}/jwks`, {
        issuer: LOCAL_ISSUER,
        audience: LOCAL_AUDIENCE,
        now,
      });
      expect(fetches).toBe(0);
      const { token } = await keys.mint({ subject: "u4", role: "official", country: "NOR" });
      expect(await verify(token)).toEqual({ subject: "u4", role: "official", country: "NOR" });
      expect(await verify("not.a.token")).toBeUndefined();
      expect(fetches).toBe(1);
    } finally {
      await new Promise((done) => server.close(done));
    }
  });
});
