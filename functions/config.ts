import * as z from "zod";
import { DEFAULT_POOLED_MIN_COUNT } from "./contract/deployment-contract.ts";

const positiveInt = z.coerce.number().int().positive();

const common = {
  TABLE_NAME: z.string().min(1).default("reengage"),
  DYNAMODB_ENDPOINT: z.string().url().optional(),
  AWS_REGION: z.string().min(1).default("local"),
  CORS_ORIGIN: z.string().min(1).default("same-origin"),
  POOLED_MIN_COUNT: positiveInt.default(DEFAULT_POOLED_MIN_COUNT),
};

const localSchema = z.object({
  AUTH_MODE: z.literal("local"),
  /** Loopback by default: the local server mints tokens for any role (see functions/local/network-guard.ts). */
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: positiveInt.default(3000),
  DATA_DIR: z.string().min(1).default(".data"),
  WEB_DIST: z.string().min(1).default("web/dist"),
  ...common,
});

const cognitoSchema = z.object({
  AUTH_MODE: z.literal("cognito"),
  JWT_ISSUER: z.string().url(),
  JWT_AUDIENCE: z.string().min(1),
  JWKS_URL: z.string().url(),
  /** Shared with CloudFront, which adds it to every API request; absent leaves the check off. */
  ORIGIN_SECRET: z.string().min(16).optional(),
  ...common,
});

const configSchema = z.discriminatedUnion("AUTH_MODE", [localSchema, cognitoSchema]);

export type LocalConfig = z.infer<typeof localSchema>;
export type CognitoConfig = z.infer<typeof cognitoSchema>;
export type Config = z.infer<typeof configSchema>;

/**
 * Reads and validates the environment once. A missing or malformed variable stops the process with a message
 * naming it, rather than failing later on the first request.
 */
export function loadConfig(env: Record<string, string | undefined>, defaultMode: "local" | "cognito"): Config {
  const parsed = configSchema.safeParse({ AUTH_MODE: defaultMode, ...stripEmpty(env) });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "AUTH_MODE"}: ${i.message}`);
    throw new Error(`Invalid configuration: ${problems.join("; ")}`);
  }
  return parsed.data;
}

function stripEmpty(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ""),
  );
}
