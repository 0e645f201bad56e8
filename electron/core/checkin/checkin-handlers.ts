// Core (plain Node): the `checkin:` calls. The work is in checkin-service.ts (Reservie) and
// resmark-checkin-service.ts (Resmark); this only maps calls, sends each to its back end's, and
// answers a kiosk caller with the public form of a name ("Ann K."), never the whole one.
import type { CheckInOptions } from '../../../shared/domain/checkin';
import type { DomainHandlers } from '../ipc/handler-map';
import type { CheckInService } from './checkin-service';
import type { CheckInLedger } from './ledger-store';
import { exportLedger } from './ledger-export';
import type { ResmarkCheckInService } from './resmark-checkin-service';

export interface CheckInHandlerDeps {
  checkIns: CheckInService;
  resmark: ResmarkCheckInService;
  ledger(): CheckInLedger;
  timeZone(): string;
}

export function checkinHandlers(
  d: CheckInHandlerDeps,
): DomainHandlers<
  | 'checkin:resolve'
  | 'checkin:options'
  | 'checkin:checkIn'
  | 'checkin:undo'
  | 'checkin:today'
  | 'checkin:resmarkOrder'
  | 'checkin:export'
  | 'checkin:kioskFind'
> {
  return {
    'checkin:resolve': ({ text }) => d.checkIns.resolve(text),
    'checkin:options': ({ customerId }, { mode }) => {
      const options = d.checkIns.options(customerId);
      return mode === 'kiosk' ? forThePublic(options, d.checkIns.publicName(customerId)) : options;
    },
    'checkin:checkIn': (request) =>
      request.backend === 'resmark' ? d.resmark.checkIn(request) : d.checkIns.checkIn(request),
    'checkin:undo': ({ checkInId }) =>
      d.resmark.owns(checkInId) ? d.resmark.undo(checkInId) : d.checkIns.undo(checkInId),
    'checkin:today': () => [...d.checkIns.today(), ...d.resmark.today()],
    'checkin:resmarkOrder': ({ text }) => d.resmark.findOrder(text),
    'checkin:export': (query) => exportLedger(d.ledger(), query, d.timeZone()),
    'checkin:kioskFind': ({ text }) => d.checkIns.kioskFind(text),
  };
}

/** The options a kiosk may see: the name cut to "Ann K."; the rest is their own passes and sessions. */
function forThePublic(options: CheckInOptions, name: string): CheckInOptions {
  return { ...options, customer: { id: options.customer.id, name } };
}
