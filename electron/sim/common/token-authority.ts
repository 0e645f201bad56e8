// Simulator (plain Node): issues and checks JWT-shaped bearer tokens (HS256 over {sub, iat, exp})
// against the virtual clock. The secret is random per simulator run, so a token from an earlier
// run is refused like one from another server. `iat` and `exp` keep the millisecond (JWT allows
// fractional NumericDates), so a token lives exactly its lifetime, not up to a second less.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { unauthorized } from './sim-error';

export interface TokenAuthority {
  /** A token for `subject` valid `ttlSeconds` from `now`. */
  issue(subject: string, now: number): string;
  /** The subject of a valid `Authorization: Bearer …` header; throws 401 otherwise. */
  check(authorization: string | undefined, now: number): string;
}

const HEADER = b64(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

export function createTokenAuthority(ttlSeconds: number): TokenAuthority {
  const secret = randomBytes(32);
  const sign = (data: string): string => createHmac('sha256', secret).update(data).digest('base64url');
  return {
    issue(subject, now) {
      const body = b64(
        JSON.stringify({ sub: subject, iat: now / 1000, exp: (now + ttlSeconds * 1000) / 1000 }),
      );
      return `${HEADER}.${body}.${sign(`${HEADER}.${body}`)}`;
    },
    check(authorization, now) {
      const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
      if (!m) throw unauthorized('Missing bearer token');
      const [header, body, signature] = (m[1] as string).split('.');
      if (!header || !body || !signature || !same(sign(`${header}.${body}`), signature)) {
        throw unauthorized('Invalid token');
      }
      const claims = readClaims(body);
      if (!claims) throw unauthorized('Invalid token');
      // Rounding undoes the float error of ms / 1000, so the edge falls on the exact millisecond.
      if (now >= Math.round(claims.exp * 1000)) throw unauthorized('Token expired');
      return claims.sub;
    },
  };
}

function b64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function readClaims(body: string): { sub: string; exp: number } | null {
  try {
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as {
      sub?: unknown;
      exp?: unknown;
    };
    return typeof claims.sub === 'string' && typeof claims.exp === 'number'
      ? { sub: claims.sub, exp: claims.exp }
      : null;
  } catch {
    return null;
  }
}
