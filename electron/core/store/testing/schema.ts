// Core test support (plain Node): helpers to look at a database's plans and schema.
import type Database from 'better-sqlite3';

/** The EXPLAIN QUERY PLAN details of `sql`, one per line, with `params` bound. */
export function queryPlan(
  db: Database.Database,
  sql: string,
  params: unknown[] | Record<string, unknown>,
): string {
  const explain = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  const rows = (Array.isArray(params) ? explain.all(...params) : explain.all(params)) as { detail: string }[];
  return rows.map((r) => r.detail).join('\n');
}

/** Every user object in sqlite_schema, whitespace-normalised, in a stable order, with the version. */
export function schemaOf(db: Database.Database): string {
  const rows = db
    .prepare<[], { type: string; name: string; tbl_name: string; sql: string | null }>(
      `SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY tbl_name, type, name`,
    )
    .all();
  const version = db.pragma('user_version', { simple: true }) as number;
  const objects = rows.map(
    (r) => `-- ${r.type} ${r.name} (on ${r.tbl_name})\n${(r.sql ?? '').replace(/\s+/g, ' ').trim()};`,
  );
  return [`-- user_version ${version}`, ...objects].join('\n\n') + '\n';
}
