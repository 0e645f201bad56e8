// Core (plain Node): reading single-record replies, above all the reply to a v1 write. Any 2xx
// means the write happened, whatever the body says: a 201/204 with no body, a v2-style
// `{"message": "Updated"}` (reservie.md §6), a record wrapped as `{"data": {...}}`, or only part
// of the record. Reporting such a reply as a failure invites a retry that books twice (§10.7:
// nothing is idempotent), so it is a success that says what we know.
import type { z } from 'zod';
import { isObject, type JsonObject } from '../parse';

/**
 * The server accepted the write but did not send the whole record back: only what we sent and
 * whatever it echoed are known (no empty defaults fill the gaps). Re-read it for the server's view.
 */
export type AcceptedWrite<T> = Partial<T> & { partial: true };

/** A write's outcome: the record as the server sent it, or an AcceptedWrite. */
export type WriteResult<T> = (T & { partial?: false }) | AcceptedWrite<T>;

/** Single objects come back bare (§6 [A]); `{ <key>: {...} }` and `{ data: {...} }` wrappers are unwrapped. */
export function unwrapRecord(body: unknown, key: string): unknown {
  if (!isObject(body) || 'id' in body) return body;
  const inner = [key, 'data'].map((k) => body[k]).find(isObject);
  return inner ?? body;
}

export interface WriteReplySpec<T> {
  /** Wrapper key the server may use, e.g. "customer". */
  key: string;
  record: z.ZodType<T>;
  /** Raw fields that must all be present for the reply to count as the whole record. */
  required: readonly string[];
  /** Per-field schemas for raw fields that map 1:1 onto record fields (used to keep what a partial reply echoed). */
  echo: Partial<Record<keyof T & string, z.ZodType>>;
  /** What we know without the reply: the id we wrote to and the values we sent, in record form. */
  known: Partial<T>;
}

/** The readable record fields a partial reply did send; absent ones stay absent, never "" or null. */
function echoed<T>(raw: JsonObject, echo: WriteReplySpec<T>['echo']): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(echo) as [string, z.ZodType][]) {
    if (raw[field] === undefined || raw[field] === null) continue;
    const value = schema.safeParse(raw[field]);
    if (value.success && value.data !== null) out[field] = value.data;
  }
  return out as Partial<T>;
}

export function readWriteReply<T>(body: unknown, spec: WriteReplySpec<T>): WriteResult<T> {
  const raw = unwrapRecord(body, spec.key);
  if (!isObject(raw)) return { ...spec.known, partial: true };
  if (spec.required.every((k) => raw[k] !== undefined && raw[k] !== null)) {
    const full = spec.record.safeParse(raw);
    if (full.success) return full.data as T & { partial?: false };
  }
  // The server's echo wins over what we sent: it is the newer view.
  return { ...spec.known, ...echoed(raw, spec.echo), partial: true };
}
