// Renderer: how fresh the saved data is, as a level (for colour) and a sentence (for everyone).
import { formatAge } from './format';

export type Freshness = 'fresh' | 'stale' | 'old' | 'never';

const FRESH_MS = 15 * 60_000;
const STALE_MS = 2 * 60 * 60_000;

export function syncFreshness(lastSyncAt: string | null, now: number): { level: Freshness; text: string } {
  const at = lastSyncAt ? Date.parse(lastSyncAt) : Number.NaN;
  if (Number.isNaN(at)) return { level: 'never', text: 'Never synced' };
  const age = now - at;
  if (age < FRESH_MS) return { level: 'fresh', text: `Synced ${formatAge(age)}` };
  return { level: age < STALE_MS ? 'stale' : 'old', text: `Last synced ${formatAge(age)}` };
}

/** The desk is only as fresh as its stalest back end, so that is the one the indicator shows. */
export function oldestSync(values: readonly (string | null)[]): string | null {
  if (values.length === 0 || values.some((v) => v === null)) return null;
  return [...(values as string[])].sort((a, b) => Date.parse(a) - Date.parse(b))[0] ?? null;
}
