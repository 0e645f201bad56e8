// Core (plain Node): the `checkin:` calls. The work is in checkin-service.ts; this only maps calls,
// and answers a kiosk caller with the public form of a name ("Ann K."), never the whole one.
import type { CheckInOptions } from '../../../shared/domain/checkin';
import type { DomainHandlers } from '../ipc/handler-map';
import type { CheckInService } from './checkin-service';

export interface CheckInHandlerDeps {
  checkIns: CheckInService;
}

export function checkinHandlers(
  d: CheckInHandlerDeps,
): DomainHandlers<
  | 'checkin:resolve'
  | 'checkin:options'
  | 'checkin:checkIn'
  | 'checkin:undo'
  | 'checkin:today'
  | 'checkin:kioskFind'
> {
  return {
    'checkin:resolve': ({ text }) => d.checkIns.resolve(text),
    'checkin:options': ({ customerId }, { mode }) => {
      const options = d.checkIns.options(customerId);
      return mode === 'kiosk' ? forThePublic(options, d.checkIns.publicName(customerId)) : options;
    },
    'checkin:checkIn': (request) => d.checkIns.checkIn(request),
    'checkin:undo': ({ checkInId }) => d.checkIns.undo(checkInId),
    'checkin:today': () => d.checkIns.today(),
    'checkin:kioskFind': ({ text }) => d.checkIns.kioskFind(text),
  };
}

/** The options a kiosk may see: the name cut to "Ann K."; the rest is their own passes and sessions. */
function forThePublic(options: CheckInOptions, name: string): CheckInOptions {
  return { ...options, customer: { id: options.customer.id, name } };
}
