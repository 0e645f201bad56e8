// Simulator (plain Node): the one error type handlers throw; each back end renders it in its own
// envelope (Reservie `{error:{code,message,details}}`, Resmark `{errorMessage,data:null}`).

export type ErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'conflict'
  | 'rate_limited'
  | 'internal_error'
  | 'validation_error'
  | 'event_full'
  | 'duplicate_customer';

export class SimError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string): SimError => new SimError(400, 'bad_request', message);

/** 400 validation_error naming the offending field in details.field. */
export const invalid = (field: string, reason: string): SimError =>
  new SimError(400, 'validation_error', `${field}: ${reason}`, { field, reason });

export const notFound = (what: string): SimError => new SimError(404, 'not_found', `${what} not found`);

/** A known path asked with a method it does not take; `Allow` lists the ones it does. */
export const methodNotAllowed = (method: string, allowed: readonly string[]): SimError =>
  new SimError(
    405,
    'method_not_allowed',
    `${method} is not allowed here; use ${allowed.join(', ')}`,
    { allowed: [...allowed] },
    { Allow: allowed.join(', ') },
  );

export const conflict = (message: string, details: Record<string, unknown> = {}): SimError =>
  new SimError(409, 'conflict', message, details);

export const unauthorized = (message: string): SimError => new SimError(401, 'unauthorized', message);

export function rateLimited(retryAfterSeconds: number, details: Record<string, unknown> = {}): SimError {
  return new SimError(
    429,
    'rate_limited',
    'Too many requests; retry later',
    { retryAfterSeconds, ...details },
    { 'Retry-After': String(retryAfterSeconds) },
  );
}

/** Anything a handler throws that is not a SimError is a simulator bug: answer 500, like a real server. */
export function toSimError(err: unknown): SimError {
  if (err instanceof SimError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new SimError(500, 'internal_error', `Internal error: ${message}`);
}
