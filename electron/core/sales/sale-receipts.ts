// Core (plain Node): the back end's answer for each sent sale step beyond its id (Resmark's
// confirmation number, a registration's status), kept in the outbox file next to the queue.
import type { OutboxDb } from '../store/open-database';
import type { Clock } from '../ports';

export interface SaleReceipts {
  record(referenceId: string, serverId: string | null, detail: string | null): void;
  detailOf(referenceId: string): string | null;
}

export function createSaleReceipts(db: OutboxDb, clock: Clock): SaleReceipts {
  const put = db.prepare(
    `INSERT INTO sale_receipts (reference_id, server_id, detail, recorded_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (reference_id) DO UPDATE SET server_id = excluded.server_id,
       detail = COALESCE(excluded.detail, sale_receipts.detail), recorded_at = excluded.recorded_at`,
  );
  const get = db
    .prepare<[string], string | null>('SELECT detail FROM sale_receipts WHERE reference_id = ?')
    .pluck();
  return {
    record: (ref, serverId, detail) => void put.run(ref, serverId, detail, clock.now().toISOString()),
    detailOf: (ref) => get.get(ref) ?? null,
  };
}
