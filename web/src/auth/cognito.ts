import type { AppConfig } from "../api/types.ts";

const VERIFIER = "reengage.pkce";

function base64url(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function domain(config: AppConfig): string {
  const d = config.cognitoDomain ?? "";
  return d.startsWith("http") ? d.replace(/\/$/, "") : `https://${d}`;
}

function redirectUri(config: AppConfig): string {
  return config.redirectUri ?? `${location.origin}/`;
}

/** Sends the browser to the Hosted UI with an authorization code + PKCE request. */
export async function startLogin(config: AppConfig): Promise<void> {
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const state = base64url(crypto.getRandomValues(new Uint8Array(16)));
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)));
  sessionStorage.setItem(VERIFIER, JSON.stringify({ verifier, state, hash: location.hash }));
  const q = new URLSearchParams({
    response_type: "code",
    client_id: config.clientId ?? "",
    redirect_uri: redirectUri(config),
    scope: "openid email profile",
    code_challenge_method: "S256",
    code_challenge: base64url(digest),
    state,
  });
  location.assign(`${domain(config)}/oauth2/authorize?${q}`);
}

export interface TokenSet {
  idToken: string;
  refreshToken?: string;
  expiresIn: number;
}

async function tokenCall(config: AppConfig, params: Record<string, string>): Promise<TokenSet> {
  const res = await fetch(`${domain(config)}/oauth2/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ client_id: config.clientId ?? "", ...params }),
  });
  if (!res.ok) throw new Error(`token endpoint answered ${res.status}`);
  const body = (await res.json()) as { id_token: string; refresh_token?: string; expires_in: number };
  return { idToken: body.id_token, refreshToken: body.refresh_token, expiresIn: body.expires_in };
}

/** Completes the redirect from the Hosted UI; null when this page load is not such a redirect. */
export async function completeLogin(config: AppConfig): Promise<{ tokens: TokenSet; hash: string } | null> {
  const q = new URLSearchParams(location.search);
  const code = q.get("code");
  const saved = sessionStorage.getItem(VERIFIER);
  if (!code || !saved) return null;
  sessionStorage.removeItem(VERIFIER);
  const { verifier, state, hash } = JSON.parse(saved) as { verifier: string; state: string; hash: string };
  history.replaceState(null, "", `${location.pathname}${hash}`);
  if (q.get("state") !== state) throw new Error("state mismatch");
  const tokens = await tokenCall(config, {
    grant_type: "authorization_code",
    code,
    redirect_uri: redirectUri(config),
    code_verifier: verifier,
  });
  return { tokens, hash };
}

export function refreshTokens(config: AppConfig, refreshToken: string): Promise<TokenSet> {
  return tokenCall(config, { grant_type: "refresh_token", refresh_token: refreshToken });
}

export function logoutUrl(config: AppConfig): string {
  const q = new URLSearchParams({ client_id: config.clientId ?? "", logout_uri: redirectUri(config) });
  return `${domain(config)}/logout?${q}`;
}
