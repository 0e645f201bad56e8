// Core (plain Node): zod building blocks both back ends' mappers share, and the one place a reply
// that does not fit becomes a SERVER_ERROR (naming the field, never echoing its value).
//
// Both API notes leave most shapes open ([A] markers), and the servers we meet are built from
// those notes, not by us. So every optional field reads "whatever we can make of it, else null"
// and never fails its record; only a missing id or a missing start time makes a record unusable,
// and then only that record is skipped (readEach), never the page.
import { z } from 'zod';
import { BackendError, WRONG_KEY_MESSAGE, isBackendError } from '../http/errors';

export type JsonObject = Record<string, unknown>;

export const isObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

// ---------------------------------------------------------------- ids, text, numbers, booleans

/**
 * Any value, or none: the base of every lenient field. (A bare z.unknown() under a transform
 * makes zod treat a missing key as an error; `.optional()` lets an absent field through.)
 */
export const anyValue = z.unknown().optional();

/** An id as either back end sends it: a non-empty string or a finite number, kept as a string. */
export function readId(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

/** Ids arrive as strings or numbers (Resmark confirmation numbers); we keep strings. */
export const idString = z.union([z.string().min(1), z.number()]).transform(String);

/** An id that may be missing: anything that is not a usable id is null. */
export const optId = anyValue.transform(readId);

/** Optional text: absent, null, "" and non-text all become null; numbers (phone numbers, references) become text. */
export const optText = anyValue.transform((v): string | null => {
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
});

/** A number, also when sent as text: "129.00", "2", "$1,258.00", "258.00 USD". Anything else is null. */
export function readNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const s = v
    .trim()
    .replace(/^[$£€]\s*/, '') // Resmark shows money as display text ("$129.00", §7.2)
    .replace(/\s*[A-Z]{3}$/, '')
    .replace(/,(?=\d{3}(?:\D|$))/g, '');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}

/** A number some servers send as a string ("129.00", "2"); fails when it is not one. */
export const looseNumber = z.union([
  z.number().finite(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
]);

/** An optional number: unreadable values become null rather than failing the record. */
export const optNumber = anyValue.transform(readNumber);

/** A flag as JSON true/false, 1/0, or text "true"/"false"/"yes"/"no"; anything else is null. */
export function readBool(v: unknown): boolean | null {
  if (typeof v === 'boolean') return v;
  if (v === 1 || v === 0) return v === 1;
  if (typeof v !== 'string') return null;
  const s = v.trim().toLowerCase();
  if (['true', '1', 'yes', 'y'].includes(s)) return true;
  if (['false', '0', 'no', 'n'].includes(s)) return false;
  return null;
}

export const optBool = anyValue.transform(readBool);

// ---------------------------------------------------------------- instants

/** ISO date-time without a zone designator: reservie.md §1 (v1 "UTC with Z") and resmark.md §8.13 ([A] UTC) say UTC. */
const NAIVE_ISO = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/;
/** A time of day alone: "09:00", "9:00:00", "9:00 AM". */
const BARE_TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*([AaPp][Mm])?$/;
const EPOCH_DIGITS = /^\d{10,13}$/;
const MAX_DATE_MS = 8.64e15;

/** Epoch numbers: below 1e11 they are seconds (1e11 s is the year 5138), else milliseconds. */
const fromEpoch = (n: number): number => (Math.abs(n) < 1e11 ? n * 1000 : n);

/** Offset (local minus UTC, ms) of `timeZone` at instant `ms`; throws RangeError for an unknown zone. */
function zoneOffsetMs(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(ms));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return local - (ms - (((ms % 1000) + 1000) % 1000));
}

/**
 * A wall-clock "YYYY-MM-DDTHH:mm[:ss[.sss]]" read in `timeZone`, or as UTC without one (or with a
 * zone name the runtime does not know: UTC is what the notes say for both APIs).
 */
function wallClockMs(isoNoZone: string, timeZone?: string | null): number | null {
  const asUtc = Date.parse(`${isoNoZone}Z`);
  if (Number.isNaN(asUtc) || !timeZone) return Number.isNaN(asUtc) ? null : asUtc;
  try {
    const first = asUtc - zoneOffsetMs(asUtc, timeZone);
    // Near a DST change the offset at the guess can differ from the offset at the answer.
    return asUtc - zoneOffsetMs(first, timeZone);
  } catch {
    return asUtc;
  }
}

function instantMs(v: unknown, timeZone?: string | null): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? fromEpoch(v) : null;
  if (typeof v !== 'string') return null;
  const s = v.trim();
  if (EPOCH_DIGITS.test(s)) return fromEpoch(Number(s));
  const naive = NAIVE_ISO.exec(s);
  // Date.parse would read a zone-less date-time as the machine's local time.
  if (naive) return wallClockMs(`${naive[1]}T${naive[2]}`, timeZone);
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? null : ms;
}

/**
 * An instant as ISO-8601 UTC, from ISO text (with or without ms or zone; zone-less is UTC unless
 * `timeZone` names the zone it is local to) or epoch seconds/milliseconds; null if unreadable.
 */
export function readInstant(v: unknown, timeZone?: string | null): string | null {
  const ms = instantMs(v, timeZone);
  return ms === null || Math.abs(ms) > MAX_DATE_MS ? null : new Date(ms).toISOString();
}

/** "YYYY-MM-DD" from a day or a date-time string; null otherwise. */
export function readDay(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(v.trim())?.[1];
  return day && !Number.isNaN(Date.parse(day)) ? day : null;
}

/** "HH:mm:ss.sss" from a bare time of day, or null. */
function bareTime(v: string): string | null {
  const m = BARE_TIME.exec(v.trim());
  if (!m) return null;
  let hour = Number(m[1]);
  const meridiem = m[5]?.toLowerCase();
  if (meridiem && (hour < 1 || hour > 12)) return null;
  if (meridiem) hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  const minute = Number(m[2]);
  const second = Number(m[3] ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(hour)}:${pad(minute)}:${pad(second)}${m[4] ?? ''}`;
}

/** A start/end that may be a full instant or a bare time ("09:00") on `day`; null if unreadable. */
export function readTimeOnDay(v: unknown, day: string | null, timeZone?: string | null): string | null {
  const time = typeof v === 'string' && day ? bareTime(v) : null;
  if (time === null) return readInstant(v, timeZone);
  const ms = wallClockMs(`${day}T${time}`, timeZone);
  return ms === null ? null : new Date(ms).toISOString();
}

/** A required instant, returned as ISO-8601 UTC so the cache compares like with like. */
export const instant = anyValue.transform((v, ctx): string => {
  const iso = readInstant(v);
  if (iso === null) {
    ctx.addIssue({ code: 'custom', message: 'not a date-time' });
    return z.NEVER;
  }
  return iso;
});

/** An optional instant, in whatever format the docs leave open: absent or unreadable is null, never a failed record. */
export const optInstant = anyValue.transform((v) => readInstant(v));

// ---------------------------------------------------------------- maps

function toNumberMap(m: JsonObject): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(m)) {
    const n = readNumber(v);
    if (n !== null) out[k] = n;
  }
  return out;
}

/** Tier name -> count/price maps; non-numeric values are dropped rather than failing the record. */
export const numberMap = anyValue.transform((v) => (isObject(v) ? toNumberMap(v) : {}));

/** Like numberMap, but a plain number (one price for everyone, one shared pool) is kept under `scalarKey`. */
export function tierMap(scalarKey: string) {
  return anyValue.transform((v): Record<string, number> => {
    const n = readNumber(v);
    if (n !== null) return { [scalarKey]: n };
    return isObject(v) ? toNumberMap(v) : {};
  });
}

// ---------------------------------------------------------------- lists and rows

/**
 * The rows of a list reply: a bare array, or the array under the first of `keys` present. Null,
 * a missing key or `{}` is an empty list (both notes leave list envelopes partly [A]). Returns
 * undefined when the body cannot be a list: an error body inside a 2xx, or a single record.
 */
export function listRows(body: unknown, keys: readonly string[]): unknown[] | undefined {
  if (body === null || body === undefined || body === '') return [];
  if (Array.isArray(body)) return body;
  if (!isObject(body)) return undefined;
  const key = keys.find((k) => body[k] !== undefined);
  if (key === undefined) return 'error' in body || 'id' in body ? undefined : [];
  const rows = body[key];
  if (Array.isArray(rows)) return rows;
  if (rows === null || (isObject(rows) && Object.keys(rows).length === 0)) return [];
  return undefined;
}

/** What reading a page's rows one by one gave. */
export interface RowsRead<T> {
  items: T[];
  /** Rows that could not be mapped (no usable id or start); they are left out, the rest kept. */
  skipped: number;
  /** Our schema's field names that failed (never values: rows hold personal data). */
  fields: string[];
}

/** Validates each row on its own, so one unreadable record costs that record, not the page. */
export function readEach<T>(schema: z.ZodType<T>, rows: readonly unknown[]): RowsRead<T> {
  const items: T[] = [];
  const fields = new Set<string>();
  let skipped = 0;
  for (const row of rows) {
    const result = schema.safeParse(row);
    if (result.success) {
      items.push(result.data);
      continue;
    }
    skipped += 1;
    for (const issue of result.error.issues) fields.add(String(issue.path[0] ?? '(record)'));
  }
  return { items, skipped, fields: [...fields] };
}

/** Where skipped-record warnings go; the app's Logger fits. */
export interface SkipLogger {
  warn(message: string, fields?: Record<string, unknown>): void;
}

/** Warns that records were skipped: resource, count and failing field names only, never the rows. */
export function reportSkipped(
  logger: SkipLogger | undefined,
  backend: string,
  resource: string,
  read: Pick<RowsRead<unknown>, 'skipped' | 'fields'>,
): void {
  if (!logger || read.skipped === 0) return;
  logger.warn(`${backend}: skipped ${read.skipped} unreadable ${resource} record(s)`, {
    backend,
    resource,
    skipped: read.skipped,
    fields: read.fields,
  });
}

// ---------------------------------------------------------------- errors

/** A reply that does not fit: the server's fault, reported without the data. */
export function unreadableReply(backend: string, what: string, where = '', cause?: unknown): BackendError {
  return new BackendError(
    'SERVER_ERROR',
    `${backend} sent ${what} in a form Frontdesk cannot read${where}. Try again later; if it persists, tell support.`,
    { cause },
  );
}

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
  throw unreadableReply(backend, what, where, result.error);
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
