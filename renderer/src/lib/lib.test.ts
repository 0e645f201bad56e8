// Unit (Node): local-day ISO strings, sync freshness levels, and the copy of the known server addresses.
import { describe, expect, it } from 'vitest';
import { KNOWN_BASE_URLS } from '../../../shared/domain/backend';
import { SessionQuery } from '../../../shared/domain/cache';
import { BASE_URLS } from './backends';
import { toLocalIso, venueDayRange } from './dates';
import { oldestSync, syncFreshness } from './freshness';

describe('renderer helpers', () => {
  it('keeps BASE_URLS in step with shared KNOWN_BASE_URLS', () => {
    expect(BASE_URLS).toEqual(KNOWN_BASE_URLS);
  });

  it("gives the venue's day in its own zone, whatever the machine's zone, in a form sessions:list accepts", () => {
    // 02:30 UTC on 1 Dec is still 30 Nov in New York and already 1 Dec in Berlin.
    const at = new Date('2026-12-01T02:30:00Z');
    expect(venueDayRange(at, 'America/New_York')).toEqual({
      from: '2026-11-30T05:00:00.000Z',
      to: '2026-12-01T04:59:59.999Z',
    });
    expect(venueDayRange(at, 'Europe/Berlin')).toEqual({
      from: '2026-11-30T23:00:00.000Z',
      to: '2026-12-01T22:59:59.999Z',
    });
    expect(SessionQuery.safeParse(venueDayRange(at, 'Europe/London')).success).toBe(true);
    // The days a clock changes are 23 and 25 hours long (London, 29 Mar and 25 Oct 2026).
    expect(venueDayRange(new Date('2026-03-29T12:00:00Z'), 'Europe/London')).toEqual({
      from: '2026-03-29T00:00:00.000Z',
      to: '2026-03-29T22:59:59.999Z',
    });
    expect(venueDayRange(new Date('2026-10-25T12:00:00Z'), 'Europe/London')).toEqual({
      from: '2026-10-24T23:00:00.000Z',
      to: '2026-10-25T23:59:59.999Z',
    });
  });

  it("without a zone, writes the machine's day with its offset", () => {
    const day = new Date(2026, 10, 23, 15, 30);
    const range = venueDayRange(day);
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
