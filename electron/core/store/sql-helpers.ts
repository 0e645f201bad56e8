// Core (plain Node): small SQL builders shared by the repositories. Inputs are our own constants,
// never user text; values are always bound as parameters.
import type Database from 'better-sqlite3';

/** A row as bound to a statement: keys are column names. */
export type Row = Record<string, string | number | null>;

/**
 * `INSERT … ON CONFLICT (key) DO UPDATE SET every other column`, with named parameters equal to
 * the column names, so a row object with snake_case keys binds directly.
 */
export function upsertSql(table: string, key: string, columns: readonly string[]): string {
  const updates = columns.filter((c) => c !== key).map((c) => `${c} = excluded.${c}`);
  return (
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')}) ` +
    `ON CONFLICT (${key}) DO UPDATE SET ${updates.join(', ')}`
  );
}

export function insertSql(table: string, columns: readonly string[]): string {
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;
}

/**
 * An upsert function for one table. The column list is taken from the row mapper's keys, so a
 * column is added in one place; the statement is prepared once, on first use.
 */
export function upserter<T, A extends unknown[]>(
  db: Database.Database,
  table: string,
  key: string,
  toRow: (record: T, ...args: A) => Row,
): (record: T, ...args: A) => void {
  let statement: Database.Statement | null = null;
  return (record, ...args) => {
    const row = toRow(record, ...args);
    statement ??= db.prepare(upsertSql(table, key, Object.keys(row)));
    statement.run(row);
  };
}

/**
 * Mark-and-sweep deletes for a whole table: rows not stamped with generation `gen`. Written as
 * `< gen OR > gen` (not `<>`) so the big tables' `*_by_gen` indexes turn a 100k-row scan into two
 * range seeks. `batch` deletes at most `limit` rows, so a caller can yield between batches.
 */
export function tableSweeper(db: Database.Database, table: string) {
  const unseen = 'sync_gen < @gen OR sync_gen > @gen';
  const all = db.prepare<{ gen: number }>(`DELETE FROM ${table} WHERE ${unseen}`);
  const batch = db.prepare<{ gen: number; limit: number }>(
    `DELETE FROM ${table} WHERE rowid IN (SELECT rowid FROM ${table} WHERE ${unseen} LIMIT @limit)`,
  );
  return {
    all: (gen: number): number => all.run({ gen }).changes,
    batch: (gen: number, limit: number): number => batch.run({ gen, limit }).changes,
  };
}

/** SQLite has no boolean: 1/0, and NULL for unknown. */
export function toFlag(value: boolean | null): number | null {
  return value === null ? null : value ? 1 : 0;
}

/** The exclusive upper bound of an inclusive UTC date range: the midnight after `date` (YYYY-MM-DD). */
export function dayAfter(date: string): string {
  const ms = Date.parse(`${date.slice(0, 10)}T00:00:00.000Z`);
  if (Number.isNaN(ms)) throw new RangeError(`Not a date: ${date}`);
  return new Date(ms + 24 * 60 * 60 * 1000).toISOString();
}

/** Midnight UTC at the start of `date` (YYYY-MM-DD), in the same ISO form as stored instants. */
export function dayStart(date: string): string {
  const ms = Date.parse(`${date.slice(0, 10)}T00:00:00.000Z`);
  if (Number.isNaN(ms)) throw new RangeError(`Not a date: ${date}`);
  return new Date(ms).toISOString();
}
