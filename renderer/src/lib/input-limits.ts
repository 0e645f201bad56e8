// Renderer: the longest text each input accepts, as `maxLength`. The numbers are the contract's own
// bounds (shared/domain/limits.ts, zod-free), so the form stops a paste where the core would refuse it.
import {
  MAX_BASE_URL_LENGTH,
  MAX_CREDENTIAL_LENGTH,
  MAX_EMAIL_LENGTH,
  MAX_SEARCH_QUERY_LENGTH,
} from '../../../shared/domain/limits';

export const INPUT_LIMITS = {
  searchQuery: MAX_SEARCH_QUERY_LENGTH,
  baseUrl: MAX_BASE_URL_LENGTH,
  /** API keys, API secrets and user names. */
  credential: MAX_CREDENTIAL_LENGTH,
  email: MAX_EMAIL_LENGTH,
} as const;
