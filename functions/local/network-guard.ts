import { isIP } from "node:net";

/** The loopback names a browser on this machine sends in `Host`. */
const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]"];

/** True for 127.0.0.0/8 and ::1, also in their IPv4-mapped IPv6 form. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith("::ffff:") ? address.slice(7) : address;
  return address === "::1" || (isIP(v4) === 4 && v4.startsWith("127."));
}

export function isLoopbackHost(host: string): boolean {
  return host === "localhost" || isLoopbackAddress(host);
}

function hostName(host: string): string {
  return isIP(host) === 6 ? `[${host}]` : host.toLowerCase();
}

/** The `Host` header values this server answers: the loopback names on its port, plus HOST when set. */
export function allowedHosts(port: number, host: string | undefined): Set<string> {
  const names = host && !isLoopbackHost(host) ? [...LOOPBACK_NAMES, hostName(host)] : LOOPBACK_NAMES;
  return new Set(names.flatMap((name) => (port === 80 ? [name, `${name}:80`] : [`${name}:${port}`])));
}

/** Every spelling of a path under /api/dev (doubled slashes, case) that could reach a dev route. */
const DEV_PATH = /^\/+api\/+dev(\/|$)/i;

type Fetch = (
  request: Request,
  env?: { incoming?: { socket: { remoteAddress?: string } } },
) => Response | Promise<Response>;

function refusal(status: 403 | 421, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status });
}

/**
 * Wraps the local server's fetch: a `Host` this server does not answer to (a DNS-rebinding page) gets 421, and
 * the dev token mint answers only callers on this machine, whatever address the server listens on.
 */
export function guardLocalNetwork(fetch: Fetch, options: { port: number; host?: string }): Fetch {
  const allowed = allowedHosts(options.port, options.host);
  return (request, env) => {
    const host = request.headers.get("host")?.toLowerCase() ?? "";
    if (!allowed.has(host)) {
      return refusal(421, "misdirected_request", `This server does not answer to the host "${host}"`);
    }
    const remote = env?.incoming?.socket.remoteAddress;
    if (DEV_PATH.test(new URL(request.url).pathname) && !isLoopbackAddress(remote)) {
      return refusal(403, "forbidden", "Dev tokens are minted only for callers on this machine");
    }
    return fetch(request, env);
  };
}
