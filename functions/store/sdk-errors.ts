import { ConflictError, DomainError, UnavailableError } from "../core/errors.ts";

const throttlingNames = new Set([
  "ProvisionedThroughputExceededException",
  "ThrottlingException",
  "RequestLimitExceeded",
  "LimitExceededException",
  "InternalServerError",
  "ServiceUnavailable",
  "TimeoutError",
]);

function nameOf(error: unknown): string {
  if (typeof error !== "object" || error === null) return "";
  const e = error as { name?: unknown; code?: unknown };
  return String(e.name ?? e.code ?? "");
}

export function isConditionalFailure(error: unknown): boolean {
  return nameOf(error) === "ConditionalCheckFailedException";
}

/**
 * Turns an AWS SDK failure into a domain error. Conditional failures are conflicts; throttling, 5xx and network
 * failures (after the SDK's own retries) mean "unavailable, retry"; anything else is rethrown as is, to surface
 * as an internal error without detail.
 */
export function translateSdkError(error: unknown, conflictMessage = "The item changed meanwhile"): Error {
  if (error instanceof DomainError) return error;
  if (isConditionalFailure(error)) return new ConflictError("conflict", conflictMessage, undefined, { cause: error });
  const name = nameOf(error);
  const status = (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
  const network = /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|socket hang up/i.test(String((error as Error)?.message));
  if (throttlingNames.has(name) || (status !== undefined && status >= 500) || network)
    return new UnavailableError(1, { cause: error });
  return error instanceof Error ? error : new Error(String(error));
}

/** Runs one store operation, translating whatever the SDK throws. */
export async function guarded<T>(operation: () => Promise<T>, conflictMessage?: string): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw translateSdkError(error, conflictMessage);
  }
}

/**
 * Runs one conditional write. A failed condition is an expected outcome (someone else won, the item is gone, the
 * version moved), answered by `onConditionFailed`; any other failure is translated as {@link guarded} does.
 */
export async function conditional<T, F>(
  operation: () => Promise<T>,
  onConditionFailed: (cause: unknown) => F | Promise<F>,
): Promise<T | F> {
  try {
    return await operation();
  } catch (error) {
    if (isConditionalFailure(error)) return onConditionFailed(error);
    throw translateSdkError(error);
  }
}
