// Core (pure): the ledger as CSV for the venue (Resmark has no check-in API: this file is the
// record). RFC 4180 quoting; cells that a spreadsheet would run as a formula are defused.
import type { LedgerCheckIn } from './ledger-types';
import { localDay, localTime } from './venue-time';

const HEADER = [
  'Date',
  'Time',
  'Desk',
  'Back end',
  'Session',
  'Session starts',
  'Name',
  'Customer or booking',
  'Paid by',
  'Pass',
  'Write-back',
  'Undone at',
  'Note',
  'Check-in id',
];

const PAID_BY: Record<LedgerCheckIn['paidBy']['method'], string> = {
  booked: 'Booking',
  pass: 'Pass',
  none: 'Order',
};

const WRITE_BACK: Record<LedgerCheckIn['writeBack'], string> = {
  ledger_only: 'Recorded here only',
  saved: 'Saved on this desk',
  confirmed: 'Confirmed',
  needs_attention: 'Needs attention',
  withdrawn: 'Withdrawn',
};

export function ledgerCsv(checkIns: readonly LedgerCheckIn[], timeZone: string): string {
  const rows = checkIns.map((c) => {
    const at = new Date(c.at);
    const starts = new Date(c.session.startsAt);
    const who = c.person.kind === 'customer' ? c.person.customerId : c.person.confirmation;
    return [
      localDay(at, timeZone),
      localTime(at, timeZone),
      c.deskName,
      c.backend,
      c.session.name,
      `${localDay(starts, timeZone)} ${localTime(starts, timeZone)}`,
      c.person.name,
      who,
      PAID_BY[c.paidBy.method],
      c.paidBy.method === 'pass' ? c.paidBy.customerPassId : '',
      WRITE_BACK[c.writeBack],
      c.undo ? `${localDay(new Date(c.undo.at), timeZone)} ${localTime(new Date(c.undo.at), timeZone)}` : '',
      c.undo?.note ?? c.writeBackDetail ?? '',
      c.id,
    ];
  });
  return [HEADER, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

function cell(value: string): string {
  // A name such as "=HYPERLINK(…)" from a booking form must stay text when the file is opened.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
