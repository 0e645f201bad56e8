// Core tests (plain Node): the outbox queue: durable, idempotent by reference, counted by status.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openOutboxDb, type OutboxDb } from './open-database';
import { createOutboxStore, type NewOutboxItem } from './outbox-store';
import { testAccount, useTempDir } from './testing/fixtures';

const venue = testAccount();
const sale = (
  referenceId: string,
  payload: unknown = { sessionId: 's1', spaces: 1 },
  account = venue,
): NewOutboxItem => ({ kind: 'walkUpSale', account, referenceId, payload });
const clock = { now: () => new Date('2025-06-01T09:00:00.000Z') };

describe('outbox store', () => {
  const dir = useTempDir();
  const open = () => openOutboxDb(join(dir(), 'outbox.db'));
  const setStatus = (db: OutboxDb, referenceId: string, status: string) =>
    db.prepare('UPDATE outbox_items SET status = ? WHERE reference_id = ?').run(status, referenceId);

  test('enqueue stores the item as pending and returns it', () => {
    const db = open();
    const item = createOutboxStore(db, { clock }).enqueue(sale('ref-1', { sessionId: 's1', amount: 1200 }));
    expect(item).toEqual({
      id: 1,
      kind: 'walkUpSale',
      backend: 'reservie',
      account: '["live","reservie","https://go.reservie.net/api/v1","key-sha256:0123456789abcdef"]',
      referenceId: 'ref-1',
      payload: { sessionId: 's1', amount: 1200 },
      status: 'pending',
      attempts: 0,
      lastError: null,
      dependsOn: [],
      nextAttemptAt: null,
      serverId: null,
      outcomeUnknown: false,
      createdAt: '2025-06-01T09:00:00.000Z',
      updatedAt: '2025-06-01T09:00:00.000Z',
    });
    db.close();
  });

  test("staff's way out of needs attention: back in its own place, or dismissed and kept", () => {
    const db = open();
    const store = createOutboxStore(db, { clock });
    const first = store.enqueue(sale('ref-1'));
    const second = store.enqueue(sale('ref-2'));
    expect(() => store.requeue(first.id, { other: 1 })).toThrow(/pending and cannot move/);
    store.markSending(first.id);
    store.markNeedsAttention(first.id, 'Reservie refused it: used up');
    const again = store.requeue(first.id, { sessionId: 's1', spaces: 1, tender: 'cash' });
    expect(again).toMatchObject({
      status: 'pending',
      payload: { tender: 'cash' },
      lastError: null,
      attempts: 1,
      outcomeUnknown: false,
    });
    // Its id keeps its turn: the sender still reads it before the item queued after it.
    expect(store.listFor(venue).map((i) => i.referenceId)).toEqual(['ref-1', 'ref-2']);

    store.markSending(second.id);
    store.markNeedsAttention(second.id, 'Event full');
    expect(store.dismiss(second.id)).toMatchObject({ status: 'dismissed', lastError: 'Event full' });
    expect(() => store.dismiss(second.id)).toThrow(/dismissed and cannot move/);
    expect(store.pendingCount()).toBe(1); // a dismissed item is not unsent work
    expect(store.getById(second.id)?.status).toBe('dismissed');
    db.close();
  });

  test('a send cut short by a kill is on disk as sending with its attempt, outcome unknown', () => {
    const first = open();
    const item = createOutboxStore(first, { clock }).enqueue(sale('k-1'));
    createOutboxStore(first, { clock }).markSending(item.id);
    first.close();
    const reopened = open();
    expect(createOutboxStore(reopened).get('k-1')).toMatchObject({
      status: 'sending',
      attempts: 1,
      outcomeUnknown: true,
    });
    const store = createOutboxStore(reopened, { clock });
    store.markRetry(item.id, 'refused', 2_000, false);
    expect(store.get('k-1')).toMatchObject({
      status: 'pending',
      outcomeUnknown: false,
      lastError: 'refused',
    });
    expect(store.markSent(item.id, 'reg_1')).toMatchObject({ status: 'sent', serverId: 'reg_1' });
    expect(() => store.markSending(item.id)).toThrow(/is sent and cannot move/);
    reopened.close();
  });

  test('withdraw keeps the item, as withdrawn and no longer counted; a sending one cannot be', () => {
    const db = open();
    const store = createOutboxStore(db, { clock });
    store.enqueue(sale('w-1'));
    store.enqueue(sale('w-2'));
    expect(store.withdraw('w-1').status).toBe('withdrawn');
    expect(store.get('w-1')?.status).toBe('withdrawn');
    expect(store.pendingCount()).toBe(1);
    setStatus(db, 'w-2', 'sending');
    expect(() => store.withdraw('w-2')).toThrow(/w-2 is sending and cannot be withdrawn/);
    expect(store.get('w-2')?.status).toBe('sending');
    expect(() => store.withdraw('nope')).toThrow(/No outbox item nope/);
    db.close();
  });

  test('survives closing and re-opening, oldest first', () => {
    const first = open();
    const store = createOutboxStore(first);
    for (const ref of ['a', 'b', 'c']) store.enqueue(sale(ref));
    first.close();
    const again = open();
    expect(
      createOutboxStore(again)
        .listFor(venue)
        .map((i) => [i.id, i.referenceId]),
    ).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ]);
    again.close();
  });

  test('the same reference twice is stored once (a retried tap must not sell twice)', () => {
    const db = open();
    const store = createOutboxStore(db);
    const first = store.enqueue(sale('ref-1'));
    expect(store.enqueue(sale('ref-1'))).toEqual(first);
    expect(store.listFor(venue)).toHaveLength(1);
    expect(() => store.enqueue(sale('ref-1', { sessionId: 'other' }))).toThrow(
      /already used by a different item/,
    );
    expect(store.listFor(venue)).toHaveLength(1);
    expect(() => store.enqueue(sale('ref-1', undefined, testAccount({ mode: 'demo' })))).toThrow(
      /already used by a different item/,
    );
    db.close();
  });

  test('a sender sees only the rows of its own account: never demo work, another key or URL', () => {
    const db = open();
    const store = createOutboxStore(db);
    const others = [
      testAccount({ mode: 'demo' }),
      testAccount({ credentialId: 'key-sha256:fedcba9876543210' }),
      testAccount({ baseUrl: 'https://sandbox.example/api/v1' }),
      testAccount({ backend: 'resmark', credentialId: 'user:desk@venue.example' }),
    ];
    others.forEach((account, i) => store.enqueue(sale(`other-${i}`, { n: i }, account)));
    store.enqueue(sale('mine'));
    expect(store.listFor(venue).map((i) => i.referenceId)).toEqual(['mine']);
    expect(store.listFor(others[0]!).map((i) => i.referenceId)).toEqual(['other-0']);
    db.close();
  });

  test('pendingCount for one back end counts only that back end', () => {
    const db = open();
    const store = createOutboxStore(db);
    store.enqueue(sale('tour', {}, testAccount({ backend: 'resmark', credentialId: 'user:a@b.c' })));
    expect(store.pendingCount({ backend: 'resmark' })).toBe(1);
    expect(store.pendingCount({ backend: 'reservie' })).toBe(0);
    expect(store.pendingCount()).toBe(1);
    db.close();
  });

  test('a payload that is not JSON is refused before anything is written', () => {
    const db = open();
    const store = createOutboxStore(db);
    expect(() => store.enqueue({ ...sale('ref-1'), payload: undefined })).toThrow(/JSON value/);
    expect(() => store.enqueue({ ...sale('ref-2'), payload: () => 1 })).toThrow(/JSON value/);
    expect(store.listFor(venue)).toEqual([]);
    db.close();
  });

  test('pendingCount counts everything not confirmed sent', () => {
    const db = open();
    const store = createOutboxStore(db);
    for (const ref of ['p', 's', 'n', 'done']) store.enqueue(sale(ref));
    setStatus(db, 's', 'sending');
    setStatus(db, 'n', 'needs_attention');
    setStatus(db, 'done', 'sent');
    expect(store.pendingCount()).toBe(3);
    db.close();
  });

  test('the file refuses an unknown status', () => {
    const db = open();
    createOutboxStore(db).enqueue(sale('x'));
    expect(() => setStatus(db, 'x', 'lost')).toThrow(/CHECK constraint/);
    db.close();
  });
});
