// Core tests (plain Node): the schemas against committed snapshots, so drops and renames fail.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openCacheDb, openOutboxDb } from './open-database';
import { useTempDir } from './testing/fixtures';
import { schemaOf } from './testing/schema';

// A failing snapshot means the schema changed. If that was intended, it must come from a new
// numbered migration (never an edit to a shipped one); then update with `npx vitest run -u`.
describe('schema snapshot', () => {
  const dir = useTempDir();

  test('the cache schema matches the committed snapshot', async () => {
    const db = openCacheDb(join(dir(), 'cache.db'));
    await expect(schemaOf(db)).toMatchFileSnapshot('./schema/cache-schema.snapshot.sql');
    db.close();
  });

  test('the outbox schema matches the committed snapshot', async () => {
    const db = openOutboxDb(join(dir(), 'outbox.db'));
    await expect(schemaOf(db)).toMatchFileSnapshot('./schema/outbox-schema.snapshot.sql');
    db.close();
  });
});
