// Core (plain Node): the `app:` calls: the status bar's status, the doctor's report, and the venue's
// language, time zone and money the renderer speaks and formats with.
import type { AppStatus } from '../../../shared/domain/backend';
import type { DoctorReport } from '../../../shared/domain/doctor';
import type { VenueInfo, VenueLanguage } from '../../../shared/domain/venue';
import type { DomainHandlers } from '../ipc/handler-map';

export interface AppHandlerDeps {
  status(): AppStatus;
  doctor(): Promise<DoctorReport>;
  /** Read each time: staff may change the language, zone or currency while the app runs. */
  venue(): VenueInfo;
  setLanguage(language: VenueLanguage): void;
}

export function appHandlers(
  d: AppHandlerDeps,
): DomainHandlers<'app:status' | 'app:doctor' | 'app:venue' | 'app:setLanguage'> {
  return {
    'app:status': () => d.status(),
    'app:doctor': () => d.doctor(),
    'app:venue': () => d.venue(),
    'app:setLanguage': ({ language }) => {
      d.setLanguage(language);
      return d.venue();
    },
  };
}
