/**
 * Domain errors shared by the store and the HTTP layer. The store turns SDK failures into these; one HTTP error
 * handler maps them to status codes, so no SDK detail ever reaches a response.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The thing does not exist, or the caller may not know that it does. */
export class NotFoundError extends DomainError {
  constructor(what: string) {
    super("not_found", `${what} not found`);
  }
}

/** A write lost a race or would overwrite something that exists. */
export class ConflictError extends DomainError {}

/** The request is understood but cannot be applied to the current state. */
export class UnprocessableError extends DomainError {}

/** The input is invalid; `field` names what is wrong. */
export class ValidationError extends DomainError {
  constructor(
    readonly field: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super("invalid_request", message, { field }, options);
  }
}

/** The data store is throttling or failing after the SDK's own retries; the client should retry later. */
export class UnavailableError extends DomainError {
  constructor(
    readonly retryAfterSeconds = 1,
    options?: { cause?: unknown },
  ) {
    super("unavailable", "The service is busy; retry shortly", undefined, options);
  }
}
