// Renderer (pure): the queue in staff's words: what an item is, its state, its last error in
// plain words, and whether anything unsent has waited long enough to warn about. The caller passes
// the `outbox` namespace's t for the words.
import type { TFunction } from 'i18next';
import type { OutboxEntry, OutboxState } from '../../../../shared/domain/outbox';

/** Unsent work older than this puts a warning on the home screen. */
export const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

const UNSENT: ReadonlySet<OutboxState> = new Set(['pending', 'sending', 'needs_attention']);

/** "Check-in · Ann Kowalski · Yoga Flow 09:00". The parts are the core's summary, shown as it gave them. */
export function entryTitle(e: OutboxEntry, formatTime: (iso: string) => string): string {
  const about =
    e.summary.about && e.summary.at ? `${e.summary.about} ${formatTime(e.summary.at)}` : e.summary.about;
  return [e.summary.what, e.summary.who, about].filter(Boolean).join(' · ');
}

export const STATE_TONE: Record<OutboxState, 'neutral' | 'info' | 'success' | 'warning' | 'danger'> = {
  pending: 'info',
  sending: 'info',
  sent: 'success',
  needs_attention: 'danger',
  withdrawn: 'neutral',
  dismissed: 'neutral',
};

/**
 * The back end's refusal in the words staff use. The core reports it as free text (the back end's
 * own words), so only the refusals recognised here are translated; anything else is shown as said.
 */
export function plainError(error: string | null, t: TFunction<'outbox'>): string | null {
  if (!error) return null;
  const said = error.replace(/^(Reservie|Resmark) refused it: /, '');
  const refused = said !== error;
  if (/not enough uses|used up|exhausted/i.test(said)) return t('error.noUses');
  if (/spaces|event_full|is full|sold out/i.test(said)) return t('error.full');
  if (/expired/i.test(said)) return t('error.expired');
  if (/no usable pass|not a pass held/i.test(said)) return t('error.noPass');
  return refused ? t('error.refused', { reason: said }) : said;
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
