// Core tests (plain Node): pragmas, native binding, corrupt and missing files, cache rebuild (D7).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openCache } from './cache-handle';
import { createCacheStore } from './cache-store';
import { DatabaseCorruptError, DatabaseUnavailableError } from './errors';
import { openCacheDb, openOutboxDb, rebuildCacheDb } from './open-database';
import { createOutboxStore } from './outbox-store';
import { customer, testAccount, useTempDir } from './testing/fixtures';

const GARBAGE = Buffer.from('This is not a SQLite database. '.repeat(200));
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
/** The addon npm built for Node: what the Electron host's separate build stands in for here. */
const NODE_ADDON = join(
  dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')),
  'build',
  'Release',
  'better_sqlite3.node',
);

describe('openCacheDb / openOutboxDb', () => {
  const dir = useTempDir();

  test('the cache is WAL with synchronous=NORMAL; the outbox is WAL with synchronous=FULL', () => {
    const cache = openCacheDb(join(dir(), 'cache.db'));
    const outbox = openOutboxDb(join(dir(), 'outbox.db'));
    for (const db of [cache, outbox]) {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
    }
    expect(cache.pragma('synchronous', { simple: true })).toBe(1);
    expect(outbox.pragma('synchronous', { simple: true })).toBe(2);
    cache.close();
    outbox.close();
  });

  test('re-opening an up-to-date file keeps its data and schema', () => {
    const file = join(dir(), 'cache.db');
    const first = createCacheStore(openCacheDb(file));
    first.writePage({
      backend: 'reservie',
      resource: 'customers',
      gen: 1,
      records: [customer('c1')],
      cursor: 1,
    });
    first.close();
    const again = createCacheStore(openCacheDb(file));
    expect(again.counts().customers).toBe(1);
    again.close();
  });

  test('passes nativeBinding through to better-sqlite3', () => {
    const db = openCacheDb(join(dir(), 'cache.db'), { nativeBinding: NODE_ADDON });
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThan(0);
    db.close();
    expect(() =>
      openCacheDb(join(dir(), 'other.db'), { nativeBinding: join(dir(), 'missing.node') }),
    ).toThrow();
  });

  test('a missing folder is a clear DatabaseUnavailableError', () => {
    const attempt = () => openOutboxDb(join(dir(), 'no', 'such', 'outbox.db'));
    expect(attempt).toThrow(DatabaseUnavailableError);
    expect(attempt).toThrow(/cannot open its data file .*outbox\.db/);
  });

  test('a file that is not a database is a DatabaseCorruptError that says what to do', () => {
    writeFileSync(join(dir(), 'cache.db'), GARBAGE);
    writeFileSync(join(dir(), 'outbox.db'), GARBAGE);
    const cache = () => openCacheDb(join(dir(), 'cache.db'));
    expect(cache).toThrow(DatabaseCorruptError);
    expect(cache).toThrow(expect.objectContaining({ code: 'DATABASE', kind: 'cache' }));
    expect(cache).toThrow(/rebuild it/);
    const outbox = () => openOutboxDb(join(dir(), 'outbox.db'));
    expect(outbox).toThrow(expect.objectContaining({ code: 'DATABASE', kind: 'outbox' }));
    expect(outbox).toThrow(/Do not delete it/);
  });
});

describe('rebuildCacheDb', () => {
  const dir = useTempDir();

  function outboxWithOneSale(): string {
    const file = join(dir(), 'outbox.db');
    const db = openOutboxDb(file);
    createOutboxStore(db).enqueue({
      kind: 'walkUpSale',
      account: testAccount(),
      referenceId: 'r-1',
      payload: { n: 1 },
    });
    db.close();
    return file;
  }

  test('moves the broken cache aside, creates a working one, and leaves the outbox untouched', () => {
    const outbox = outboxWithOneSale();
    const before = sha(outbox);
    const file = join(dir(), 'cache.db');
    writeFileSync(file, GARBAGE);
    writeFileSync(`${file}-wal`, 'stale wal');

    const { db, movedTo } = rebuildCacheDb(file, { now: new Date('2025-06-01T12:30:00.000Z') });

    expect(movedTo).toBe(join(dir(), 'cache.db.corrupt-2025-06-01T12-30-00-000Z'));
    expect(readFileSync(movedTo!)).toEqual(GARBAGE);
    expect(readFileSync(`${movedTo}-wal`, 'utf8')).toBe('stale wal');
    const store = createCacheStore(db);
    expect(store.counts().customers).toBe(0);
    store.close();
    expect(sha(outbox)).toBe(before);
    const reopened = openOutboxDb(outbox);
    expect(
      createOutboxStore(reopened)
        .listFor(testAccount())
        .map((i) => i.referenceId),
    ).toEqual(['r-1']);
    reopened.close();
  });

  test('refuses to rebuild the outbox', () => {
    const outbox = outboxWithOneSale();
    const before = sha(outbox);
    expect(() => rebuildCacheDb(outbox)).toThrow(/never recreated/);
    expect(sha(outbox)).toBe(before);
  });

  test('openCache rebuilds a damaged cache by itself and reports where the old file went', () => {
    const outbox = outboxWithOneSale();
    const before = sha(outbox);
    writeFileSync(join(dir(), 'cache.db'), GARBAGE);
    const handle = openCache(dir(), 'live');
    expect(handle.rebuiltFrom).toMatch(/cache\.db\.corrupt-/);
    expect(handle.store.counts().orders).toBe(0);
    handle.close();
    expect(sha(outbox)).toBe(before);
    expect(readdirSync(dir()).filter((f) => f.startsWith('cache.db.corrupt-'))).toHaveLength(1);
  });

  test('demo and live caches are separate files', () => {
    const demo = openCache(dir(), 'demo');
    demo.store.writePage({
      backend: 'reservie',
      resource: 'customers',
      gen: 1,
      records: [customer('d1')],
      cursor: 1,
    });
    demo.close();
    const live = openCache(dir(), 'live');
    expect(live.store.counts().customers).toBe(0);
    expect(live.rebuiltFrom).toBeNull();
    live.close();
    expect(existsSync(join(dir(), 'demo-cache.db'))).toBe(true);
  });
});
