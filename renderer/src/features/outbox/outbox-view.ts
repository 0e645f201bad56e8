// Renderer (pure): the queue in staff's words: what an item is, its state, its last error in
// plain words, and whether anything unsent has waited long enough to warn about.
import type { OutboxEntry, OutboxState } from '../../../../shared/domain/outbox';

/** Unsent work older than this puts a warning on the home screen. */
export const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

const UNSENT: ReadonlySet<OutboxState> = new Set(['pending', 'sending', 'needs_attention']);

/** "Check-in · Ann Kowalski · Yoga Flow 09:00". */
export function entryTitle(e: OutboxEntry, formatTime: (iso: string) => string): string {
  const about =
    e.summary.about && e.summary.at ? `${e.summary.about} ${formatTime(e.summary.at)}` : e.summary.about;
  return [e.summary.what, e.summary.who, about].filter(Boolean).join(' · ');
}

export const STATE_LABEL: Record<OutboxState, string> = {
  pending: 'Queued',
  sending: 'Sending',
  sent: 'Sent',
  needs_attention: 'Needs attention',
  withdrawn: 'Withdrawn (undone)',
  dismissed: 'Dismissed',
};

export const STATE_TONE: Record<OutboxState, 'neutral' | 'info' | 'success' | 'warning' | 'danger'> = {
  pending: 'info',
  sending: 'info',
  sent: 'success',
  needs_attention: 'danger',
  withdrawn: 'neutral',
  dismissed: 'neutral',
};

/** The back end's refusal in the words staff use; anything unknown is shown as the core said it. */
export function plainError(error: string | null): string | null {
  if (!error) return null;
  const said = error.replace(/^(Reservie|Resmark) refused it: /, '');
  const refused = said !== error;
  if (/not enough uses|used up|exhausted/i.test(said)) return 'The pass had no uses left when it was sent.';
  if (/spaces|event_full|is full|sold out/i.test(said)) return 'The class was full when it was sent.';
  if (/expired/i.test(said)) return 'The pass had expired when it was sent.';
  if (/no usable pass|not a pass held/i.test(said)) return 'The customer had no pass Reservie would take.';
  return refused ? `Refused: ${said}` : said;
}

export const isUnsent = (e: OutboxEntry) => UNSENT.has(e.state);

/** Unsent items waiting longer than a day (the home screen's warning). */
export function staleUnsent(items: readonly OutboxEntry[], now: number): OutboxEntry[] {
  return items.filter((e) => isUnsent(e) && now - Date.parse(e.createdAt) > STALE_AFTER_MS);
}

/** Needs attention first (they wait for staff), then what is still to go, then the rest, newest first. */
export function queueOrder(items: readonly OutboxEntry[]): OutboxEntry[] {
  const rank = (e: OutboxEntry) => (e.state === 'needs_attention' ? 0 : isUnsent(e) ? 1 : 2);
  return [...items].sort((a, b) => rank(a) - rank(b) || (rank(a) === 2 ? b.id - a.id : a.id - b.id));
}
