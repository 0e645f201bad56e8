// Core (plain Node): applies numbered schema migrations, tracked in PRAGMA user_version.
import type Database from 'better-sqlite3';
import { DatabaseFromFutureError, InvalidMigrationsError } from './errors';

/**
 * One migration: a module `NNNN-what-it-does.ts` exporting `version` (= NNNN) and either `sql`
 * (schema changes) or `up(db)`, a function for data moves SQL alone cannot express well, such as
 * reading rows, reshaping JSON and writing them back (Signal Desktop's migrations work this way).
 * Either runs inside the one migration transaction, so a throw leaves the file as it was.
 * TS modules rather than .sql files so vitest, tsx and the Electron bundle all load them the same way.
 */
export type MigrationStep =
  | { readonly version: number; readonly sql: string; readonly up?: never }
  | { readonly version: number; readonly up: (db: Database.Database) => void; readonly sql?: never };

/** Versions must be exactly 1..N in order: a gap or a duplicate would silently skip or repeat schema. */
export function assertContiguous(steps: readonly MigrationStep[]): void {
  steps.forEach((step, i) => {
    if (step.version !== i + 1) {
      throw new InvalidMigrationsError(
        `Migrations must be numbered 1..${steps.length} in order; position ${i + 1} holds version ${step.version}.`,
      );
    }
  });
}

export interface MigrationResult {
  from: number;
  to: number;
}

/**
 * Brings `db` up to the last step, all pending steps in one transaction. IMMEDIATE takes the write
 * lock before reading user_version, so two processes opening the same file cannot both migrate.
 */
export function migrate(db: Database.Database, steps: readonly MigrationStep[]): MigrationResult {
  assertContiguous(steps);
  const known = steps.length;
  const run = db.transaction((): MigrationResult => {
    const at = db.pragma('user_version', { simple: true }) as number;
    if (at > known) throw new DatabaseFromFutureError(at, known);
    for (const step of steps.slice(at)) {
      if (step.up) step.up(db);
      else db.exec(step.sql);
    }
    if (at < known) db.pragma(`user_version = ${known}`);
    return { from: at, to: known };
  });
  return run.immediate();
}

/** The schema version a database is at (0 for a new file). */
export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}
