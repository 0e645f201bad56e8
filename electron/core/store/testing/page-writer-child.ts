// Core test support (plain Node): a child process that syncs fake customer pages into a cache file
// forever, resuming from the stored cursor, so a test can kill -9 it at an arbitrary page.
import { createCacheStore } from '../cache-store';
import { openCacheDb } from '../open-database';
import { customer } from './builders';

import { PAGE_SIZE } from './page-writer-child-constants';

const file = process.argv[2];
if (!file) throw new Error('usage: page-writer-child <cache file>');
const store = createCacheStore(openCacheDb(file));
const saved = store.getSyncState('reservie', 'customers')?.cursor as { page: number } | undefined;
for (let page = saved?.page ?? 0; ; page++) {
  const records = Array.from({ length: PAGE_SIZE }, (_, i) => customer(`c${page * PAGE_SIZE + i}`));
  store.writePage({
    backend: 'reservie',
    resource: 'customers',
    gen: 1,
    records,
    cursor: { page: page + 1 },
  });
  process.stdout.write(`page ${page + 1}\n`);
}
