// Core (plain Node): the `checkin:` calls. The work is in checkin-service.ts; this only maps calls.
import type { DomainHandlers } from '../ipc/handler-map';
import type { CheckInService } from './checkin-service';

export interface CheckInHandlerDeps {
  checkIns: CheckInService;
}

export function checkinHandlers(
  d: CheckInHandlerDeps,
): DomainHandlers<'checkin:options' | 'checkin:checkIn' | 'checkin:undo' | 'checkin:today'> {
  return {
    'checkin:options': ({ customerId }) => d.checkIns.options(customerId),
    'checkin:checkIn': (request) => d.checkIns.checkIn(request),
    'checkin:undo': ({ checkInId }) => d.checkIns.undo(checkInId),
    'checkin:today': () => d.checkIns.today(),
  };
}
