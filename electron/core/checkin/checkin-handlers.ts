// Core (plain Node): the `checkin:` calls. The work is in checkin-service.ts (Reservie) and
// resmark-checkin-service.ts (Resmark); this only maps calls, and sends each to its back end's.
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
> {
  return {
    'checkin:resolve': ({ text }) => d.checkIns.resolve(text),
    'checkin:options': ({ customerId }) => d.checkIns.options(customerId),
    'checkin:checkIn': (request) =>
      request.backend === 'resmark' ? d.resmark.checkIn(request) : d.checkIns.checkIn(request),
    'checkin:undo': ({ checkInId }) =>
      d.resmark.owns(checkInId) ? d.resmark.undo(checkInId) : d.checkIns.undo(checkInId),
    'checkin:today': () => [...d.checkIns.today(), ...d.resmark.today()],
    'checkin:resmarkOrder': ({ text }) => d.resmark.findOrder(text),
    'checkin:export': (query) => exportLedger(d.ledger(), query, d.timeZone()),
  };
}
