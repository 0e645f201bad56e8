// Simulator (plain Node): POST /auth/token (§2): the API key and secret buy a one-hour JWT. Token
// calls are limited in a bucket of their own per key (same figures as the API limit), so getting
// a token never uses one of the key's 100 API requests a minute (§4).
import { z } from 'zod';
import { json, type Route } from '../common/router';
import { unauthorized } from '../common/sim-error';
import type { TokenAuthority } from '../common/token-authority';
import { parseBody } from '../common/validate';

export const TOKEN_TTL_SECONDS = 3600;

export const DEMO_CREDENTIALS = { apiKey: 'demo-key', apiSecret: 'demo-secret' } as const;

const TokenRequest = z.object({ apiKey: z.string().min(1), apiSecret: z.string().min(1) });

export function authRoutes(tokens: TokenAuthority): Route[] {
  return [
    {
      method: 'POST',
      pattern: '/auth/token',
      public: true,
      rateKey: (body) => {
        const key = (body as { apiKey?: unknown } | undefined)?.apiKey;
        return typeof key === 'string' && key.length > 0 ? `token calls of ${key}` : null;
      },
      handler: (req) => {
        const { apiKey, apiSecret } = parseBody(TokenRequest, req.body);
        if (apiKey !== DEMO_CREDENTIALS.apiKey || apiSecret !== DEMO_CREDENTIALS.apiSecret) {
          throw unauthorized('Invalid API key or secret');
        }
        return json(200, { token: tokens.issue(apiKey, req.now), expiresIn: TOKEN_TTL_SECONDS });
      },
    },
  ];
}
