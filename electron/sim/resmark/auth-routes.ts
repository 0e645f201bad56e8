// Simulator (plain Node): POST /authenticate (§2): username + API key buy a 24-hour token,
// returned as the bare token text, not in the envelope.
import { z } from 'zod';
import type { Route } from '../common/router';
import { unauthorized } from '../common/sim-error';
import type { TokenAuthority } from '../common/token-authority';
import { parseBody } from '../common/validate';

export const TOKEN_TTL_SECONDS = 24 * 3600;

export const DEMO_CREDENTIALS = { username: 'demo@frontdesk.test', apikey: 'demo-api-key' } as const;

const AuthRequest = z.object({ username: z.string().min(1), apikey: z.string().min(1) });

export function authRoutes(tokens: TokenAuthority): Route[] {
  return [
    {
      method: 'POST',
      pattern: '/authenticate',
      public: true,
      rateKey: (body) => {
        const user = (body as { username?: unknown } | undefined)?.username;
        return typeof user === 'string' && user.length > 0 ? user.toLowerCase() : null;
      },
      handler: (req) => {
        const { username, apikey } = parseBody(AuthRequest, req.body);
        if (username.toLowerCase() !== DEMO_CREDENTIALS.username || apikey !== DEMO_CREDENTIALS.apikey) {
          throw unauthorized('Invalid username or API key');
        }
        return { status: 200, text: tokens.issue(username.toLowerCase(), req.now) };
      },
    },
  ];
}
