// Renderer: the longest text each input accepts, as `maxLength`. These mirror the contract's bounds
// (shared/domain/limits.ts, being added for issue 13): keep the numbers the same as there, so the
// form stops a paste where the core would refuse it. To be pointed at that module once it lands.
export const INPUT_LIMITS = {
  searchQuery: 200,
  baseUrl: 2048,
  /** API keys, API secrets and user names. */
  credential: 512,
  email: 254,
} as const;
