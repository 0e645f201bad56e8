// Renderer: what staff read when a booking system refuses, can't be reached or rejects the setup form.
// Pure: the caller passes the `setup` namespace's t (a component's, or a fixed one in tests).
import type { TFunction } from 'i18next';
import type { BackendId } from '../../../../shared/domain/backend';
import type { AppError, ErrorCode } from '../../../../shared/ipc/result';
import { BACKEND_LABEL, hostOf } from '../../lib/backends';

export type SetupT = TFunction<'setup'>;

/** What staff read (`title`), and the core's own words for whoever sets the desk up (`detail`). */
export interface ConfigureErrorText {
  title: string;
  detail: string | null;
}

export function configureErrorText(
  error: AppError,
  backend: BackendId,
  baseUrl: string,
  t: SetupT,
): ConfigureErrorText {
  const code: ErrorCode = error.code;
  const product = BACKEND_LABEL[backend].product;
  // The detail is the core's free text: it is shown as it came, untranslated, for whoever sets up.
  const withDetail = (title: string): ConfigureErrorText => ({ title, detail: error.message || null });
  switch (code) {
    case 'UNAUTHORIZED':
      // Resmark signs in with an e-mail and a key, so "key and secret" would send staff looking for a field that isn't there.
      return withDetail(t(`errors.refused.${backend}`));
    case 'OFFLINE':
      return withDetail(t('errors.offline', { host: hostOf(baseUrl) }));
    case 'RATE_LIMITED':
      return withDetail(t('errors.rateLimited', { product }));
    case 'SERVER_ERROR':
      return withDetail(t('errors.serverError', { product }));
    case 'NOT_FOUND':
      return withDetail(t('errors.notFound', { product }));
    case 'BAD_INPUT':
    case 'FORBIDDEN':
    case 'DESK_ONLY':
    case 'CONFLICT':
    case 'NOT_CONFIGURED':
    case 'OUTBOX_NOT_EMPTY':
    case 'BUSY':
    case 'CANCELLED':
    case 'DATABASE':
    case 'INTERNAL':
      return withDetail(t('errors.other'));
    default:
      return missingCase(code);
  }
}

/** A refused sign-out: the one code it expects in staff's words, anything else in the core's. */
export function signOutErrorText(error: AppError, t: SetupT): string {
  return error.code === 'OUTBOX_NOT_EMPTY' ? t('errors.outboxNotEmpty') : error.message;
}

function missingCase(value: never): never {
  throw new Error(`unhandled case ${String(value)}`);
}
