// Unit (Node): local-day ISO strings, sync freshness levels, and the copy of the known server addresses.
import { describe, expect, it } from 'vitest';
import { KNOWN_BASE_URLS } from '../../../shared/domain/backend';
import { SessionQuery } from '../../../shared/domain/cache';
import { BASE_URLS } from './backends';
import { localDayRange, toLocalIso } from './dates';
import { oldestSync, syncFreshness } from './freshness';

describe('renderer helpers', () => {
  it('keeps BASE_URLS in step with shared KNOWN_BASE_URLS', () => {
    expect(BASE_URLS).toEqual(KNOWN_BASE_URLS);
  });

  it('writes the local day with its offset, in a form sessions:list accepts', () => {
    const day = new Date(2026, 10, 23, 15, 30);
    const range = localDayRange(day);
    expect(SessionQuery.safeParse(range).success).toBe(true);
    expect(new Date(range.from).getTime()).toBe(new Date(2026, 10, 23).getTime());
    expect(new Date(range.to).getTime()).toBe(new Date(2026, 10, 23, 23, 59, 59, 999).getTime());
    expect(toLocalIso(day)).toMatch(/^2026-11-23T15:30:00\.000[+-]\d{2}:\d{2}$/);
  });

  it('grades freshness: green under 15 min, amber to 2 h, red after or never', () => {
    const now = Date.parse('2026-11-23T12:00:00Z');
    const ago = (min: number) => new Date(now - min * 60_000).toISOString();
    expect(syncFreshness(ago(3), now)).toEqual({ level: 'fresh', text: 'Synced 3 min ago' });
    expect(syncFreshness(ago(40), now)).toEqual({ level: 'stale', text: 'Last synced 40 min ago' });
    expect(syncFreshness(ago(300), now)).toEqual({ level: 'old', text: 'Last synced 5 h ago' });
    expect(syncFreshness(null, now)).toEqual({ level: 'never', text: 'Never synced' });
    expect(oldestSync([ago(3), ago(50)])).toBe(ago(50));
    expect(oldestSync([ago(3), null])).toBeNull();
  });
});
