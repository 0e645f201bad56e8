// Core tests (plain Node): numbered migrations: fresh, pending-only, atomic, from-the-future, contiguity.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { DatabaseFromFutureError, InvalidMigrationsError } from './errors';
import { assertContiguous, migrate, schemaVersion, type MigrationStep } from './migrate';
import { cacheMigrations } from './migrations';
import { outboxMigrations } from './outbox-migrations';
import { openCacheDb } from './open-database';
import { useTempDir } from './testing/fixtures';

const steps: MigrationStep[] = [
  { version: 1, sql: 'CREATE TABLE a (x INTEGER);' },
  { version: 2, sql: 'CREATE TABLE b (y INTEGER);' },
];
const tables = (db: Database.Database) =>
  db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();

describe('migrate', () => {
  const dir = useTempDir();

  test('applies every step to a new database and records the version', () => {
    const db = new Database(':memory:');
    expect(migrate(db, steps)).toEqual({ from: 0, to: 2 });
    expect(tables(db)).toEqual(['a', 'b']);
    expect(schemaVersion(db)).toBe(2);
  });

  test('applies only the pending steps, and nothing when up to date', () => {
    const db = new Database(':memory:');
    migrate(db, steps.slice(0, 1));
    expect(migrate(db, steps)).toEqual({ from: 1, to: 2 });
    expect(migrate(db, steps)).toEqual({ from: 2, to: 2 });
    expect(tables(db)).toEqual(['a', 'b']);
  });

  test('runs the pending steps in one transaction: a failing step leaves the file as it was', () => {
    const db = new Database(':memory:');
    const broken = [...steps, { version: 3, sql: 'CREATE TABLE c (z INTEGER); SELECT * FROM missing;' }];
    expect(() => migrate(db, broken)).toThrow(/no such table: missing/);
    expect(tables(db)).toEqual([]);
    expect(schemaVersion(db)).toBe(0);
  });

  test('runs a function step in order between SQL steps, on the same connection', () => {
    const db = new Database(':memory:');
    const withData: MigrationStep[] = [
      { version: 1, sql: 'CREATE TABLE a (x TEXT); INSERT INTO a VALUES (\'{"n":1}\'), (\'{"n":2}\');' },
      {
        version: 2,
        up: (conn) => {
          // A data move as the outbox and ledger will need: read, reshape in code, write back.
          conn.exec('ALTER TABLE a ADD COLUMN n INTEGER');
          const rows = conn.prepare<[], { rowid: number; x: string }>('SELECT rowid, x FROM a').all();
          const set = conn.prepare('UPDATE a SET n = ? WHERE rowid = ?');
          for (const row of rows) set.run((JSON.parse(row.x) as { n: number }).n * 10, row.rowid);
        },
      },
      { version: 3, sql: 'CREATE INDEX a_by_n ON a (n);' },
    ];
    expect(migrate(db, withData)).toEqual({ from: 0, to: 3 });
    expect(db.prepare('SELECT n FROM a ORDER BY n').pluck().all()).toEqual([10, 20]);
    expect(schemaVersion(db)).toBe(3);
  });

  test('a function step that throws rolls back every pending step with it', () => {
    const db = new Database(':memory:');
    const failing: MigrationStep[] = [
      ...steps,
      {
        version: 3,
        up: (conn) => {
          conn.exec('INSERT INTO a VALUES (1)');
          throw new Error('row 1 cannot be moved');
        },
      },
    ];
    expect(() => migrate(db, failing)).toThrow(/row 1 cannot be moved/);
    expect(tables(db)).toEqual([]);
    expect(schemaVersion(db)).toBe(0);
  });

  test('refuses a database written by a newer version, with a message staff can act on', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 7');
    const attempt = () => migrate(db, [...steps, { version: 3, sql: '' }]);
    expect(attempt).toThrow(DatabaseFromFutureError);
    expect(attempt).toThrow(
      'This data folder was written by a newer version of Frontdesk (schema 7; this version knows 3). ' +
        'Update the app or choose another data folder.',
    );
    expect(tables(db)).toEqual([]);
  });

  test('a real file from the future is refused on open and left untouched', () => {
    const file = join(dir(), 'cache.db');
    openCacheDb(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${cacheMigrations.length + 5}`);
    raw.close();
    expect(() => openCacheDb(file)).toThrow(
      expect.objectContaining({ code: 'DATABASE', found: cacheMigrations.length + 5 }),
    );
  });

  test.each([
    ['a gap', [1, 3]],
    ['a duplicate', [1, 1, 2]],
    ['the wrong order', [2, 1]],
    ['not starting at 1', [2, 3]],
  ])('rejects a migration list with %s', (_name, versions) => {
    const list = versions.map((version) => ({ version, sql: '' }));
    expect(() => assertContiguous(list)).toThrow(InvalidMigrationsError);
    expect(() => migrate(new Database(':memory:'), list)).toThrow(InvalidMigrationsError);
  });

  test.each([
    ['migrations', cacheMigrations],
    ['outbox-migrations', outboxMigrations],
  ])('%s/index.ts lists every NNNN-*.ts file of the folder, in file-name order', (folder, list) => {
    const files = readdirSync(join(import.meta.dirname, folder))
      .filter((f) => /^\d{4}-.+\.ts$/.test(f) && !f.endsWith('.test.ts'))
      .sort();
    expect(files.map((f) => Number(f.slice(0, 4)))).toEqual(list.map((s) => s.version));
    assertContiguous(list);
  });
});
