// Simulator (plain Node): reading query parameters strictly. A bad value is a 400 naming the
// parameter rather than a silent default, so client bugs surface in tests.
import { parseDay } from './dates';
import { invalid } from './sim-error';

export function intParam(q: URLSearchParams, name: string, def: number, min: number, max: number): number {
  const raw = q.get(name);
  if (raw === null || raw === '') return def;
  const n = /^-?\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw invalid(name, `must be an integer from ${min} to ${max}`);
  }
  return n;
}

/**
 * A page size: an integer of at least `min`, where anything above `cap` (however large) reads as
 * `cap`, the way servers clamp a page size they will not serve. Below `min` or not an integer: 400.
 */
export function pageSizeParam(
  q: URLSearchParams,
  name: string,
  def: number,
  min: number,
  cap: number,
): number {
  const raw = q.get(name);
  if (raw === null || raw === '') return def;
  const text = raw.trim();
  if (!/^-?\d+$/.test(text) || Number(text) < min) {
    throw invalid(name, `must be an integer of at least ${min} (above ${cap} reads as ${cap})`);
  }
  return Math.min(Number(text), cap);
}

/** A comma-separated list, or null when the parameter is absent or empty. */
export function csvParam(q: URLSearchParams, name: string): string[] | null {
  const raw = q.get(name);
  if (raw === null || raw.trim() === '') return null;
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** A `YYYY-MM-DD` day, or null when absent. */
export function dayParam(q: URLSearchParams, name: string): string | null {
  const raw = q.get(name);
  if (raw === null || raw === '') return null;
  if (parseDay(raw) === null) throw invalid(name, 'must be a date as YYYY-MM-DD');
  return raw;
}

/** An ISO-8601 instant (or a bare date, read as midnight UTC), or null when absent. */
export function instantParam(q: URLSearchParams, name: string): number | null {
  const raw = q.get(name);
  if (raw === null || raw === '') return null;
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? parseDay(raw) : Date.parse(raw);
  if (ms === null || Number.isNaN(ms)) throw invalid(name, 'must be an ISO-8601 date or date-time');
  return ms;
}
