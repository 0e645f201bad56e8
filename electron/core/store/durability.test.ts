// Core tests (plain Node): kill -9 of a real child process mid-sync; rows and cursor stay in step.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openTestCache, useTempDir } from './testing/fixtures';
import { PAGE_SIZE } from './testing/page-writer-child-constants';

const CHILD = join(import.meta.dirname, 'testing', 'page-writer-child.ts');

/** Runs the page writer until it has reported `pages` commits, then kill -9s it. */
function killAfter(file: string, pages: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let seen = 0;
    let errors = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      seen += chunk.split('\n').filter((l) => l.startsWith('page ')).length;
      if (seen >= pages) child.kill('SIGKILL');
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited on its own: ${errors}`)),
    );
  });
}

describe('a sync killed with kill -9', () => {
  const dir = useTempDir();

  test('loses at most the page in flight: rows and cursor always agree, and the file is intact', async () => {
    const file = join(dir(), 'cache.db');
    for (const pages of [3, 11, 7]) {
      await killAfter(file, pages);
      const { db, store } = openTestCache(dir());
      const cursor = store.getSyncState('reservie', 'customers')?.cursor as { page: number };
      // Every committed page moved the cursor with it; the page being written when killed left nothing.
      expect(store.counts().customers).toBe(cursor.page * PAGE_SIZE);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(
        db.prepare("SELECT count(*) FROM customers_fts WHERE customers_fts MATCH 'test'").pluck().get(),
      ).toBe(cursor.page * PAGE_SIZE);
      db.close();
    }
  });
});
