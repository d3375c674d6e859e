/**
 * Stage configuration, parsed from CDK context (`-c stage=dev -c alarmEmail=ops@example.org`).
 * Only the app entry calls this; constructs receive the typed result through their props.
 */
export type MfaMode = "required" | "optional";

export interface StageConfig {
  /** Short lower-case name: `dev`, `test`, `prod`… Part of the stack name and the hosted UI prefix. */
  readonly stage: string;
  /** Optional e-mail subscribed to the alarm topic (the owner must confirm the subscription mail). */
  readonly alarmEmail?: string;
  /** Cognito hosted UI prefix; defaults to `reengage-<stage>-<account id>` (globally unique per region). */
  readonly domainPrefix?: string;
  /** Reserved concurrency of the API function; undefined leaves it unreserved (accounts with a quota of 10). */
  readonly reservedConcurrency?: number;
  /** MFA policy of the user pool (TOTP). */
  readonly mfa: MfaMode;
  /** Keep the user pool, log data and the alarm key when the stack is destroyed (the table is always retained). */
  readonly retain: boolean;
  /** A WAF web ACL in front of CloudFront (per-IP rate rule and AWS managed rules); on by default in prod. */
  readonly waf: boolean;
  /** Cognito threat protection (Plus feature plan, full function); on by default in prod. */
  readonly threatProtection: boolean;
}

/** Reads one context value; `app.node.tryGetContext` in the app entry, a map in tests. */
export type ContextReader = (key: string) => unknown;

const STAGE = /^[a-z][a-z0-9-]{0,14}$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const DOMAIN_PREFIX = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const DEFAULT_RESERVED_CONCURRENCY = 20;

function optionalString(read: ContextReader, key: string): string | undefined {
  const value = read(key);
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value !== "string") throw new Error(`context ${key} must be a string`);
  return value.trim();
}

function parseStage(read: ContextReader): string {
  const stage = optionalString(read, "stage") ?? "dev";
  if (!STAGE.test(stage)) throw new Error(`context stage "${stage}" must match ${STAGE}`);
  return stage;
}

function parseEmail(read: ContextReader): string | undefined {
  const email = optionalString(read, "alarmEmail");
  if (email !== undefined && !EMAIL.test(email)) throw new Error(`context alarmEmail "${email}" is not an e-mail`);
  return email;
}

function parseDomainPrefix(read: ContextReader): string | undefined {
  const prefix = optionalString(read, "domainPrefix");
  if (prefix === undefined) return undefined;
  if (!DOMAIN_PREFIX.test(prefix) || /aws|amazon|cognito/.test(prefix)) {
    throw new Error(
      `context domainPrefix "${prefix}" must be lower-case letters, digits and hyphens, without aws/amazon/cognito`,
    );
  }
  return prefix;
}

function parseConcurrency(read: ContextReader): number | undefined {
  const raw = read("reservedConcurrency");
  if (raw === undefined || raw === null || raw === "") return DEFAULT_RESERVED_CONCURRENCY;
  if (raw === "none" || raw === false || raw === "false") return undefined;
  const value = typeof raw === "number" ? raw : Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 1000) {
    throw new Error(`context reservedConcurrency must be an integer 1–1000 or "none", got ${String(raw)}`);
  }
  return value;
}

function parseBoolean(read: ContextReader, key: string, fallback: boolean): boolean {
  const raw = read(key);
  if (raw === undefined || raw === null || raw === "") return fallback;
  if (raw === true || raw === "true") return true;
  if (raw === false || raw === "false") return false;
  throw new Error(`context ${key} must be true or false`);
}

function parseMfa(read: ContextReader): MfaMode {
  const mfa = optionalString(read, "mfa") ?? "required";
  if (mfa !== "required" && mfa !== "optional") throw new Error(`context mfa must be required or optional`);
  return mfa;
}

/**
 * The stage's configuration, with prod's stricter defaults. Prod refuses to build without an alarm recipient:
 * alarms that reach no one are not monitoring.
 */
export function readStageConfig(read: ContextReader): StageConfig {
  const stage = parseStage(read);
  const prod = stage === "prod";
  const alarmEmail = parseEmail(read);
  if (prod && alarmEmail === undefined) {
    throw new Error("context alarmEmail is required for the prod stage (-c alarmEmail=ops@example.org)");
  }
  return {
    stage,
    alarmEmail,
    domainPrefix: parseDomainPrefix(read),
    reservedConcurrency: parseConcurrency(read),
    mfa: parseMfa(read),
    retain: parseBoolean(read, "retain", prod),
    waf: parseBoolean(read, "waf", prod),
    threatProtection: parseBoolean(read, "threatProtection", prod),
  };
}
