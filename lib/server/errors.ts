import "server-only";

/** Field name → human message, as shown next to a form field. */
export type FieldErrors = Record<string, string>;

// Next bundles server code once per layer (pages, route handlers…), so one process can hold two
// copies of these classes, and the database client, shared by all layers, throws one copy's
// errors. `instanceof` then fails across layers; this brand, registered globally, doesn't.
const APP_ERROR = Symbol.for("quizformer.app-error");

/**
 * Typed errors thrown by the data-access layer. Actions and route handlers map
 * them to a form message or an HTTP status; anything else is a bug (500).
 */
export class AppError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
    this.name = new.target.name;
    Object.defineProperty(this, APP_ERROR, { value: true });
  }
}

/** Whether `error` is a typed error (from any copy of this module: see APP_ERROR). */
export function isAppError(error: unknown): error is AppError {
  return appErrorCode(error) !== undefined;
}

/** The code of a typed error from any copy of this module ("not_found", "validation", …), else undefined. */
export function appErrorCode(error: unknown): string | undefined {
  if (error instanceof AppError) return error.code;
  if (error instanceof Error && (error as unknown as Record<symbol, unknown>)[APP_ERROR] === true) return (error as AppError).code;
  return undefined;
}

export class NotAuthenticatedError extends AppError {
  constructor(message = "Please sign in to continue.") {
    super(message, 401, "not_authenticated");
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "You don't have access to this.") {
    super(message, 403, "forbidden");
  }
}

export class NotFoundError extends AppError {
  constructor(message = "Not found.") {
    super(message, 404, "not_found");
  }
}

export class ConflictError extends AppError {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message, 409, "conflict");
  }
}

export class ValidationError extends AppError {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message, 400, "validation");
  }
}

/** An expired or revoked link (invites). */
export class GoneError extends AppError {
  constructor(message: string) {
    super(message, 410, "gone");
  }
}

export class RateLimitedError extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    what = "sign-in attempts",
  ) {
    super(`Too many ${what}. Try again in ${retryAfterSeconds} s.`, 429, "rate_limited");
  }
}
