// Core tests (plain Node, real SQLite): the resolver's own checks, whatever the kind: only an item
// of a connected account that needs attention, only an action its kind offers, nothing written when
// the kind refuses, and the fact of what was done kept for good.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CoreError } from '../../../shared/ipc/core-error';
import { openOutboxDb } from '../store/open-database';
import { createOutboxStore } from '../store/outbox-store';
import { createResolutionStore } from '../store/outbox-resolutions';
import { testAccount, useTempDir } from '../store/testing/fixtures';
import type { OutboxKind } from './outbox-kinds';
import { createOutboxQueue } from './outbox-queue';

const here = testAccount();
const elsewhere = testAccount({ credentialId: 'key-sha256:another-venue' });
const clock = { now: () => new Date('2026-12-01T09:30:00.000Z') };
const quiet = { info() {}, warn() {}, error() {}, debug() {} };

/** A kind that offers only dismiss, and refuses a dismissal whose reason says "no". */
const noteKind: OutboxKind = {
  backend: 'reservie',
  send: () => Promise.resolve(null),
  lookUp: () => Promise.resolve(null),
  confirmed: () => {},
  refused: () => {},
  describe: () => ({ summary: { what: 'Note', who: null, about: null, at: null }, customerId: null }),
  actions: {
    dismiss: {
      apply(_item, input) {
        if (input.reason === 'no') throw new CoreError('BAD_INPUT', 'Not with that reason.');
        return { close: true, label: null, detail: {}, message: 'Dismissed' };
      },
    },
  },
};

describe('outbox queue', () => {
  const dir = useTempDir();

  function world() {
    const db = openOutboxDb(join(dir(), 'outbox.db'));
    const store = createOutboxStore(db, { clock });
    const resolutions = createResolutionStore(db);
    const refused = (kind: string, ref: string, account = here) => {
      const item = store.enqueue({ kind, account, referenceId: ref, payload: {} });
      store.markSending(item.id);
      return store.markNeedsAttention(item.id, 'Reservie refused it: no');
    };
    const resolved: string[] = [];
    const queue = createOutboxQueue({
      outbox: () => store,
      resolutions: () => resolutions,
      outboxDb: () => db,
      kinds: { 'test.note': noteKind },
      accounts: () => [here],
      desk: { id: 'desk-a', name: 'Front desk 2' },
      clock,
      logger: quiet,
      onResolved: (item) => resolved.push(item.referenceId),
    });
    return { db, store, queue, refused, resolved };
  }

  it('offers only what the kind supports, and only on this account’s items that need attention', () => {
    const w = world();
    w.refused('test.note', 'a');
    w.refused('test.note', 'b', elsewhere);
    w.refused('unknown.kind', 'c');
    w.store.enqueue({ kind: 'test.note', account: here, referenceId: 'd', payload: {} });
    expect(w.queue.list().map((e) => [e.referenceId, e.actions, e.summary.what])).toEqual([
      ['a', ['dismiss'], 'Note'],
      ['b', [], 'Note'],
      ['c', [], 'unknown.kind'],
      ['d', [], 'Note'],
    ]);
    w.db.close();
  });

  it('refuses what makes no sense with a clear error, and writes nothing', () => {
    const w = world();
    const a = w.refused('test.note', 'a');
    const b = w.refused('test.note', 'b', elsewhere);
    const c = w.refused('unknown.kind', 'c');
    const d = w.store.enqueue({ kind: 'test.note', account: here, referenceId: 'd', payload: {} });
    const attempt = (itemId: number, reason = 'why') => {
      try {
        w.queue.resolve({ itemId, action: 'dismiss', reason });
        return null;
      } catch (e) {
        return e instanceof CoreError ? [e.code, e.message] : e;
      }
    };
    expect(() => w.queue.resolve({ itemId: a.id, action: 'retry' })).toThrow(
      /not something that can be done/,
    );
    expect(attempt(b.id)).toEqual(['CONFLICT', expect.stringMatching(/another account/)]);
    expect(attempt(c.id)).toEqual(['BAD_INPUT', expect.stringMatching(/not something/)]);
    expect(attempt(d.id)).toEqual(['CONFLICT', expect.stringMatching(/waiting to send/)]);
    expect(attempt(999)).toEqual(['NOT_FOUND', expect.stringMatching(/#999/)]);
    expect(attempt(a.id, 'no')).toEqual(['BAD_INPUT', 'Not with that reason.']);
    expect(w.store.getById(a.id)?.status).toBe('needs_attention');
    expect(w.queue.list().every((e) => e.resolutions.length === 0)).toBe(true);
    expect(w.resolved).toEqual([]);
    w.db.close();
  });

  it('records who did what, when and why, and the fact cannot be changed or deleted', () => {
    const w = world();
    const a = w.refused('test.note', 'a');
    const done = w.queue.resolve({ itemId: a.id, action: 'dismiss', reason: '  settled at the bar ' });
    expect(done).toMatchObject({ message: 'Dismissed', entry: { state: 'dismissed', actions: [] } });
    expect(done.entry.resolutions).toEqual([
      {
        action: 'dismiss',
        detail: null,
        reason: 'settled at the bar',
        errorBefore: 'Reservie refused it: no',
        deskName: 'Front desk 2',
        at: '2026-12-01T09:30:00.000Z',
      },
    ]);
    expect(w.resolved).toEqual(['a']);
    expect(() => w.db.prepare("UPDATE outbox_resolutions SET reason = 'x'").run()).toThrow(/facts/);
    expect(() => w.db.prepare('DELETE FROM outbox_resolutions').run()).toThrow(/facts/);
    w.db.close();
  });
});
