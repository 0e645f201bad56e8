// Core (pure): which ledger check-ins a CSV export holds (a venue day, a session or departure, or
// that departure on that day) and a file name that says so. The CSV itself is ledger-csv.ts.
import type { LedgerExport, LedgerExportQuery } from '../../../shared/domain/checkin';
import { ledgerCsv } from './ledger-csv';
import type { CheckInLedger } from './ledger-store';
import type { LedgerCheckIn } from './ledger-types';

export function exportLedger(
  ledger: Pick<CheckInLedger, 'list'>,
  query: LedgerExportQuery,
  timeZone: string,
): LedgerExport {
  const checkIns = selectCheckIns(ledger, query);
  return { csv: ledgerCsv(checkIns, timeZone), rows: checkIns.length, fileName: fileNameOf(query) };
}

function selectCheckIns(ledger: Pick<CheckInLedger, 'list'>, q: LedgerExportQuery): LedgerCheckIn[] {
  if (q.sessionId === undefined) return ledger.list({ day: q.day! });
  const backends = q.backend ? [q.backend] : (['reservie', 'resmark'] as const);
  return backends
    .flatMap((backend) => ledger.list({ backend, sessionId: q.sessionId! }))
    .filter((c) => q.day === undefined || c.day === q.day)
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}

/** checkins-2026-12-01.csv, checkins-act_123.csv, checkins-2026-12-01-act_123.csv. */
export function fileNameOf(q: LedgerExportQuery): string {
  const session = q.sessionId?.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 64);
  return `checkins-${[q.day, session].filter(Boolean).join('-')}.csv`;
}
