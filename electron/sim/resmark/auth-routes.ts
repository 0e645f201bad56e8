// Simulator (plain Node): POST /authenticate (§2): username + API key buy a 24-hour token,
// returned as the bare token text, not in the envelope. With a rate limit configured, these calls
// count in a bucket of their own per user, never in the user's API budget. GET /login (§7.1) is
// the browser redirect into the web app; like /authenticate it needs no bearer header.
import { z } from 'zod';
import type { ApiReply, ApiRequest, Route } from '../common/router';
import { invalid, SimError, unauthorized } from '../common/sim-error';
import type { TokenAuthority } from '../common/token-authority';
import { parseBody } from '../common/validate';

export const TOKEN_TTL_SECONDS = 24 * 3600;

export const DEMO_CREDENTIALS = { username: 'demo@frontdesk.test', apikey: 'demo-api-key' } as const;

const AuthRequest = z.object({ username: z.string().min(1), apikey: z.string().min(1) });

/** Where /login sends the browser. The simulator does not serve these pages. */
export const WEB_APP_PATH = '/app';

/** `path` values §7.1 lists; no `path` means the dashboard. */
const LOGIN_PAGES = ['OrderNew', 'PickupReport'] as const;

/** Query fields that pre-fill the New Order page (§7.1); ignored for other pages. */
const ORDER_NEW_FIELDS = [
  'referenceId',
  'personEmail',
  'personTitle',
  'personFirstName',
  'personNickName',
  'personMiddleName',
  'personLastName',
  'personGender',
  'personOrganization',
  'personPhoneNumber',
  'personBirthDate',
  'personStreetAddress',
  'personCountry',
  'personPostalCode',
  'personCity',
  'personState',
] as const;

export function authRoutes(tokens: TokenAuthority): Route[] {
  return [
    {
      method: 'POST',
      pattern: '/authenticate',
      public: true,
      rateKey: (body) => {
        const user = (body as { username?: unknown } | undefined)?.username;
        return typeof user === 'string' && user.length > 0
          ? `authenticate calls of ${user.toLowerCase()}`
          : null;
      },
      handler: (req) => {
        const { username, apikey } = parseBody(AuthRequest, req.body);
        if (username.toLowerCase() !== DEMO_CREDENTIALS.username || apikey !== DEMO_CREDENTIALS.apikey) {
          throw unauthorized('Invalid username or API key');
        }
        return { status: 200, text: tokens.issue(username.toLowerCase(), req.now) };
      },
    },
    { method: 'GET', pattern: '/login', public: true, handler: (req) => login(tokens, req) },
  ];
}

/**
 * 302 to the requested page of the web app with its pre-fill fields, or, when the token is not
 * (or no longer) good, to the web app's login page, which then leads on there (§7.1: "User may be
 * asked to log in"). A missing token or an unknown `path` is the caller's bug: 400.
 */
function login(tokens: TokenAuthority, req: ApiRequest): ApiReply {
  const token = req.query.get('token');
  if (!token) throw invalid('token', 'is required (the token from /authenticate)');
  const page = loginPage(req.query.get('path'));
  const prefill = new URLSearchParams();
  if (page === 'OrderNew') {
    for (const field of ORDER_NEW_FIELDS) {
      const value = req.query.get(field);
      if (value) prefill.set(field, value);
    }
  }
  const query = prefill.toString();
  const target = `${WEB_APP_PATH}/${page}${query ? `?${query}` : ''}`;
  const location = tokenIsGood(tokens, token, req.now)
    ? target
    : `${WEB_APP_PATH}/login?${new URLSearchParams({ next: target }).toString()}`;
  return { status: 302, headers: { Location: location } };
}

function loginPage(raw: string | null): string {
  if (raw === null || raw === '') return 'Dashboard';
  if (!(LOGIN_PAGES as readonly string[]).includes(raw)) {
    throw invalid('path', `must be one of ${LOGIN_PAGES.join(', ')} (or left out for the dashboard)`);
  }
  return raw;
}

function tokenIsGood(tokens: TokenAuthority, token: string, now: number): boolean {
  try {
    tokens.check(`Bearer ${token}`, now);
    return true;
  } catch (err) {
    if (err instanceof SimError) return false;
    throw err;
  }
}
