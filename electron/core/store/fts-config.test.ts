// Core tests (plain Node): the FTS merge setting that keeps sync page commits short (migration 0002).
import { expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCacheDb } from './open-database';

it('both search indexes merge segments at 16, not the FTS5 default of 4', () => {
  const db = openCacheDb(join(mkdtempSync(join(tmpdir(), 'frontdesk-fts-')), 'cache.db'));
  for (const table of ['customers_fts_config', 'orders_fts_config']) {
    expect(db.prepare(`SELECT v FROM ${table} WHERE k = 'automerge'`).pluck().get()).toBe(16);
  }
  db.close();
});
