// Shared (pure TS): the health checks `frontdesk doctor` (and a future settings page) shows.
export type Verdict = 'ok' | 'warn' | 'fail';

export interface DoctorCheck {
  /** e.g. "reservie.connectivity", "disk", "database.cache" */
  id: string;
  label: string;
  verdict: Verdict;
  /** One plain sentence: what was found and, if not ok, what to do. */
  detail: string;
}

export interface DoctorReport {
  checks: DoctorCheck[];
}
