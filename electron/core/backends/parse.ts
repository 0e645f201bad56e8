// Core (plain Node): zod building blocks both back ends' mappers share, and the one place a reply
// that does not fit becomes a SERVER_ERROR (naming the field, never echoing its value).
import { z } from 'zod';
import { BackendError, WRONG_KEY_MESSAGE, isBackendError } from '../http/errors';

/** Ids arrive as strings or numbers (Resmark confirmation numbers); we keep strings. */
export const idString = z.union([z.string().min(1), z.number()]).transform(String);

/** Optional text: absent, null and "" all become null. */
export const optText = z
  .string()
  .nullish()
  .transform((v) => (v === undefined || v === null || v === '' ? null : v));

/** A number some servers send as a string ("129.00", "2"). */
export const looseNumber = z.union([
  z.number().finite(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
]);

export const optNumber = looseNumber.nullish().transform((v) => v ?? null);

/** An instant, returned as ISO-8601 UTC so the cache compares like with like. */
export const instant = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a date-time')
  .transform((s) => new Date(s).toISOString());

export const optInstant = instant.nullish().transform((v) => v ?? null);

/** Tier name -> count/price maps; non-numeric values are dropped rather than failing the record. */
export const numberMap = z
  .record(z.string(), z.unknown())
  .nullish()
  .transform((m) => {
    const out: Record<string, number> = {};
    for (const [k, v] of Object.entries(m ?? {})) {
      const n = looseNumber.safeParse(v);
      if (n.success) out[k] = n.data;
    }
    return out;
  });

/** Parses a reply; a shape we cannot read is the server's fault, reported without the data. */
export function parseReply<S extends z.ZodType>(
  schema: S,
  value: unknown,
  backend: string,
  what: string,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length ? ` at ${issue.path.join('.')}` : '';
  throw new BackendError(
    'SERVER_ERROR',
    `${backend} sent ${what} in a form Frontdesk cannot read${where}. Try again later; if it persists, tell support.`,
    { cause: result.error },
  );
}

/** A 401/403 from a token endpoint means the credentials are wrong (target T4): never retried. */
export function credentialError(error: unknown): unknown {
  if (isBackendError(error) && (error.status === 401 || error.status === 403)) {
    return new BackendError('UNAUTHORIZED', WRONG_KEY_MESSAGE, {
      status: error.status,
      backendCode: error.backendCode,
      cause: error,
    });
  }
  return error;
}

/** A date-time in a format the docs do not pin down: ISO if readable, otherwise null (never fails). */
export const softInstant = z
  .unknown()
  .optional()
  .transform((v) =>
    typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? new Date(v).toISOString() : null,
  );
