// Renderer: what today's list shows — which sources, whether empty slots are hidden, and the rows
// grouped by the hour they start in, so a busy day of hourly tour slots stays readable. Pure.
import type { SessionSummary } from '../../../../shared/domain/cache';

export type Source = SessionSummary['source'];

/** Per source: hide sessions nobody has booked. Tours run hourly, mostly empty, so on by default. */
export type HideEmpty = Record<Source, boolean>;
export const DEFAULT_HIDE_EMPTY: HideEmpty = { reservie: false, resmark: true };

export const isEmpty = (s: SessionSummary): boolean => s.booked === 0;

export function visibleSessions(sessions: SessionSummary[], hideEmpty: HideEmpty): SessionSummary[] {
  return sessions.filter((s) => !(hideEmpty[s.source] && isEmpty(s)));
}

export interface HourGroup {
  /** Start of the local hour, as a timestamp. */
  hour: number;
  sessions: SessionSummary[];
}

/** Sessions (already in start order) grouped by the local hour they start in, in order. */
export function groupByHour(sessions: SessionSummary[]): HourGroup[] {
  const groups: HourGroup[] = [];
  for (const s of sessions) {
    const start = new Date(s.startsAt);
    const hour = new Date(start.getFullYear(), start.getMonth(), start.getDate(), start.getHours()).getTime();
    const last = groups[groups.length - 1];
    if (last && last.hour === hour) last.sessions.push(s);
    else groups.push({ hour, sessions: [s] });
  }
  return groups;
}
