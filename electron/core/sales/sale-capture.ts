// Core (plain Node): a sale into the outbox — every step, with its referenceId and the steps it
// needs first — in ONE transaction, durable (synchronous=FULL) before "saved" is reported. A kill
// or a full disk part-way leaves no step of it behind; capturing the same sale again is a no-op.
import { CoreError } from '../../../shared/ipc/core-error';
import type { OutboxAccount } from '../store/outbox-account';
import type { OutboxDb } from '../store/open-database';
import type { OutboxStore } from '../store/outbox-store';
import type { SaleHeader } from './sale-header';
import type { SalePlan } from './sale-plan';

export function captureSale(
  db: OutboxDb,
  outbox: OutboxStore,
  account: OutboxAccount,
  plan: SalePlan,
  header: SaleHeader,
): void {
  const refOf = (localId: string) => {
    const ref = header.steps[localId];
    if (!ref) throw new Error(`sale ${plan.referenceId} has no step "${localId}"`);
    return ref;
  };
  try {
    db.transaction(() => {
      for (const step of plan.steps) {
        outbox.enqueue({
          kind: step.kind,
          account,
          referenceId: step.referenceId,
          payload: { sale: header, step },
          dependsOn: step.dependsOn.map(refOf),
        });
      }
    }).immediate();
  } catch (error) {
    // The transaction rolled back: nothing of the sale is in the queue, so never say "saved" (D6).
    if (isStorageFailure(error)) {
      throw new CoreError(
        'DATABASE',
        'The sale was NOT saved: this computer could not write to its data folder (the disk may be full or read-only). Nothing was queued or charged; free some space, then sell again.',
      );
    }
    throw error;
  }
}

/** SQLite could not write the file: full disk, read-only file or folder, I/O error. */
function isStorageFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(FULL|READONLY|IOERR|CANTOPEN|CORRUPT|NOTADB)/.test(code);
}
