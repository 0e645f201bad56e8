// Renderer tests (pure): the queue in staff's words, its order, and the 24-hour warning.
import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../../../shared/domain/outbox';
import { entryTitle, plainError, queueOrder, staleUnsent } from './outbox-view';
import { createI18n } from '../../i18n/i18n';

const t = createI18n('en').getFixedT('en', 'outbox');

const entry = (over: Partial<OutboxEntry> = {}): OutboxEntry => ({
  id: 1,
  kind: 'reservie.passRegistration',
  backend: 'reservie',
  referenceId: 'desk:1',
  state: 'pending',
  attempts: 0,
  lastError: null,
  createdAt: '2026-12-01T09:00:00.000Z',
  currentAccount: true,
  summary: { what: 'Check-in', who: 'Ann Kowalski', about: 'Yoga Flow', at: '2026-12-01T09:00:00.000Z' },
  customerId: 'cus_1',
  actions: [],
  resolutions: [],
  ...over,
});

describe('the queue in staff words', () => {
  it('names an item by what, who and which session', () => {
    expect(entryTitle(entry(), () => '09:00')).toBe('Check-in · Ann Kowalski · Yoga Flow 09:00');
    const bare = entry({ summary: { what: 'walkUpSale', who: null, about: null, at: null } });
    expect(entryTitle(bare, () => 'x')).toBe('walkUpSale');
  });

  it("says a back end's refusal plainly, and keeps what it does not know", () => {
    expect(plainError('Reservie refused it: not enough uses left on the pass', t)).toBe(
      'The pass had no uses left when it was sent.',
    );
    expect(plainError('Reservie refused it: Not enough spaces left on this event', t)).toBe(
      'The class was full when it was sent.',
    );
    expect(plainError('Reservie refused it: customer is banned', t)).toBe('Refused: customer is banned');
    expect(plainError("Couldn't reach Reservie", t)).toBe("Couldn't reach Reservie");
    expect(plainError(null, t)).toBeNull();
    const de = createI18n('de').getFixedT('de', 'outbox');
    expect(plainError('Reservie refused it: pass expired', de)).toBe('Die Karte war beim Senden abgelaufen.');
    expect(plainError('Reservie refused it: customer is banned', de)).toBe('Abgelehnt: customer is banned');
  });

  it('puts what needs attention first, then what is still to go, then the rest newest first', () => {
    const items = [
      entry({ id: 1, state: 'sent' }),
      entry({ id: 2, state: 'pending' }),
      entry({ id: 3, state: 'needs_attention' }),
      entry({ id: 4, state: 'dismissed' }),
      entry({ id: 5, state: 'sending' }),
    ];
    expect(queueOrder(items).map((i) => i.id)).toEqual([3, 2, 5, 4, 1]);
  });

  it('warns only about unsent items older than a day', () => {
    const now = Date.parse('2026-12-02T09:30:00.000Z');
    const items = [
      entry({ id: 1, createdAt: '2026-12-01T09:00:00.000Z' }),
      entry({ id: 2, createdAt: '2026-12-01T09:00:00.000Z', state: 'needs_attention' }),
      entry({ id: 3, createdAt: '2026-12-01T09:00:00.000Z', state: 'sent' }),
      entry({ id: 4, createdAt: '2026-12-01T09:00:00.000Z', state: 'dismissed' }),
      entry({ id: 5, createdAt: '2026-12-02T08:00:00.000Z' }),
    ];
    expect(staleUnsent(items, now).map((i) => i.id)).toEqual([1, 2]);
  });
});
