// Core tests (plain Node): the outbox queue: durable, idempotent by reference, counted by status.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openOutboxDb, type OutboxDb } from './open-database';
import { createOutboxStore, type NewOutboxItem } from './outbox-store';
import { useTempDir } from './testing/fixtures';

const sale = (referenceId: string, payload: unknown = { sessionId: 's1', spaces: 1 }): NewOutboxItem => ({
  kind: 'walkUpSale',
  backend: 'reservie',
  referenceId,
  payload,
});
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
      referenceId: 'ref-1',
      payload: { sessionId: 's1', amount: 1200 },
      status: 'pending',
      attempts: 0,
      lastError: null,
      createdAt: '2025-06-01T09:00:00.000Z',
      updatedAt: '2025-06-01T09:00:00.000Z',
    });
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
        .list()
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
    expect(store.list()).toHaveLength(1);
    expect(() => store.enqueue(sale('ref-1', { sessionId: 'other' }))).toThrow(
      /already used by a different item/,
    );
    expect(store.list()).toHaveLength(1);
    db.close();
  });

  test('a payload that is not JSON is refused before anything is written', () => {
    const db = open();
    const store = createOutboxStore(db);
    expect(() => store.enqueue({ ...sale('ref-1'), payload: undefined })).toThrow(/JSON value/);
    expect(() => store.enqueue({ ...sale('ref-2'), payload: () => 1 })).toThrow(/JSON value/);
    expect(store.list()).toEqual([]);
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
