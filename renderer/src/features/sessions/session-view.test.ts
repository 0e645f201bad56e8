// Unit (Node): today's list hides empty tour slots by default and groups rows by their start hour.
import { describe, expect, it } from 'vitest';
import type { SessionSummary } from '../../../../shared/domain/cache';
import { DEFAULT_HIDE_EMPTY, groupByHour, visibleSessions } from './session-view';

const at = (h: number, m = 0) => new Date(2026, 11, 1, h, m).toISOString();
const row = (
  id: string,
  source: SessionSummary['source'],
  start: string,
  booked: number,
): SessionSummary => ({
  id,
  source,
  name: id,
  startsAt: start,
  endsAt: start,
  capacity: 10,
  spacesAvailable: 10 - booked,
  booked,
});

describe('session view', () => {
  const day = [
    row('yoga', 'reservie', at(9), 0),
    row('walk', 'resmark', at(9), 0),
    row('kayak', 'resmark', at(9, 30), 3),
    row('climb', 'reservie', at(10, 15), 4),
  ];

  it('hides tour slots nobody booked by default, never classes', () => {
    expect(visibleSessions(day, DEFAULT_HIDE_EMPTY).map((s) => s.id)).toEqual(['yoga', 'kayak', 'climb']);
    expect(visibleSessions(day, { reservie: true, resmark: false }).map((s) => s.id)).toEqual([
      'walk',
      'kayak',
      'climb',
    ]);
  });

  it('groups by the local hour a session starts in, keeping start order', () => {
    expect(groupByHour(day).map((g) => [new Date(g.hour).getHours(), g.sessions.map((s) => s.id)])).toEqual([
      [9, ['yoga', 'walk', 'kayak']],
      [10, ['climb']],
    ]);
  });
});
