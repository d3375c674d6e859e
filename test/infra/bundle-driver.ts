import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { createInterface } from "node:readline";
import { exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";

/** A Lambda proxy result as API Gateway v2 receives it. */
export interface LambdaResult {
  statusCode: number;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * Runs the shipped bundle in a child Node process (outside the project, without NODE_PATH, as Lambda loads it)
 * and hands it API Gateway v2 events one per line on stdin; each result comes back as one line on stdout.
 */
const DRIVER = `
const { handler } = require(process.env.BUNDLE);
const lines = require("node:readline").createInterface({ input: process.stdin });
lines.on("line", async (line) => {
  const { id, event } = JSON.parse(line);
  try {
    const result = await handler(event, { awsRequestId: id, getRemainingTimeInMillis: () => 10000 });
    process.stdout.write(JSON.stringify({ id, result }) + "\\n");
  } catch (error) {
    process.stdout.write(JSON.stringify({ id, thrown: String(error) }) + "\\n");
  }
});`;

export interface Bundle {
  invoke: (method: string, path: string, options?: InvokeOptions) => Promise<LambdaResult>;
  stderr: () => string;
  close: () => void;
}

export interface InvokeOptions {
  token?: string;
  headers?: Record<string, string>;
  body?: unknown;
  query?: string;
}

/** An API Gateway v2 (HTTP API, payload 2.0) event as CloudFront → HTTP API → Lambda delivers it. */
function httpApiEvent(method: string, path: string, o: InvokeOptions) {
  const headers: Record<string, string> = { host: "abc123.execute-api.eu-west-1.amazonaws.com", ...o.headers };
  if (o.token) headers.authorization = `Bearer ${o.token}`;
  if (o.body !== undefined) headers["content-type"] = "application/json";
  return {
    version: "2.0",
    routeKey: "ANY /api/{proxy+}",
    rawPath: path,
    rawQueryString: o.query ?? "",
    headers,
    body: o.body === undefined ? undefined : JSON.stringify(o.body),
    isBase64Encoded: false,
    requestContext: {
      accountId: "123456789012",
      apiId: "abc123",
      domainName: headers.host,
      http: { method, path, protocol: "HTTP/1.1", sourceIp: "127.0.0.1", userAgent: "bundle-test" },
      requestId: randomUUID(),
      routeKey: "ANY /api/{proxy+}",
      stage: "$default",
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
  };
}

export function startBundle(file: string, env: Record<string, string>): Bundle {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ["-e", DRIVER], {
    cwd: tmpdir(),
    env: { PATH: process.env.PATH ?? "", BUNDLE: file, ...env },
  });
  const waiting = new Map<string, (r: { result?: LambdaResult; thrown?: string }) => void>();
  let errors = "";
  child.stderr.on("data", (chunk) => {
    errors += String(chunk);
  });
  createInterface({ input: child.stdout }).on("line", (line) => {
    const reply = JSON.parse(line) as { id: string; result?: LambdaResult; thrown?: string };
    waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  });
  const invoke = (method: string, path: string, options: InvokeOptions = {}) =>
    new Promise<LambdaResult>((resolve, reject) => {
      const id = randomUUID();
      waiting.set(id, (reply) => (reply.result ? resolve(reply.result) : reject(new Error(reply.thrown))));
      child.stdin.write(`${JSON.stringify({ id, event: httpApiEvent(method, path, options) })}\n`);
    });
  return { invoke, stderr: () => errors, close: () => child.kill() };
}

/** A Cognito-like issuer on 127.0.0.1: its JWKS over HTTP and ID tokens signed with its key. */
export async function startIssuer(audience: string) {
  const { publicKey, privateKey } = await generateKeyPair("ES256");
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: "test-key", alg: "ES256", use: "sig" };
  let fetches = 0;
  const server: Server = createServer((req, res) => {
    fetches += 1;
    if (req.url !== "/.well-known/jwks.json") return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const idToken = (claims: Record<string, unknown>, key = privateKey) =>
    new SignJWT({ token_use: "id", ...claims })
      .setProtectedHeader({ alg: "ES256", kid: "test-key" })
      .setIssuer(issuer)
      .setAudience(audience)
      .setSubject(randomUUID())
      .setIssuedAt()
      .setExpirationTime("10m")
      .sign(key);
  return {
    issuer,
    jwksUrl: `${issuer}/.well-known/jwks.json`,
    idToken,
    fetches: () => fetches,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
