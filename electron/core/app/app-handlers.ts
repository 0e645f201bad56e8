// Core (plain Node): the `app:` calls: the status bar's status and the doctor's report.
import type { AppStatus } from '../../../shared/domain/backend';
import type { DoctorReport } from '../../../shared/domain/doctor';
import type { DomainHandlers } from '../ipc/handler-map';

export interface AppHandlerDeps {
  status(): AppStatus;
  doctor(): Promise<DoctorReport>;
}

export function appHandlers(d: AppHandlerDeps): DomainHandlers<'app:status' | 'app:doctor'> {
  return {
    'app:status': () => d.status(),
    'app:doctor': () => d.doctor(),
  };
}
