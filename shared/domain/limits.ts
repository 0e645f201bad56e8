// Shared (pure TS, no zod): the largest inputs the contract accepts. The core's schemas enforce
// them; the renderer imports the same numbers for its inputs' maxLength, so a paste can never
// build a call the core refuses (or a WebSocket frame the web host will not read).

/** Characters in a customer search. */
export const MAX_SEARCH_QUERY_LENGTH = 200;
/** Hits one search may ask for. */
export const MAX_SEARCH_LIMIT = 100;
/** Characters in a back end's base URL. */
export const MAX_BASE_URL_LENGTH = 2048;
/** Characters in an API key, an API secret or a username. */
export const MAX_CREDENTIAL_LENGTH = 512;
/** Characters in an e-mail address (RFC 5321's path limit). */
export const MAX_EMAIL_LENGTH = 254;
/** Days one `sessions:list` may span: two months of timetable, enough for any screen. */
export const MAX_SESSION_RANGE_DAYS = 62;
/** Characters in the reason staff give for dismissing a queued change. */
export const MAX_RESOLUTION_REASON_LENGTH = 500;
