// Electron main (tested in plain Node): the main log is JSON lines in <dataDir>/logs/main.log, and
// nothing secret-looking reaches it (S7).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redact, redactText } from '../core/logging/redact';
import { createMainLogger, mainLogFile } from './logger';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZXNrIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ';

describe('redaction (pure)', () => {
  it('masks values under secret-looking keys, at any depth and in any casing', () => {
    const input = {
      apiKey: 'k1',
      api_key: 'k2',
      apiSecret: 's1',
      clientSecret: 's2',
      accessToken: 't1',
      refresh_token: 't2',
      password: 'p1',
      Authorization: 'Basic dXNlcjpwYXNz',
      nested: { deeper: [{ PASSWORD: 'p2', keep: 'visible' }] },
      backend: 'reservie',
    };
    const out = JSON.stringify(redact(input));
    for (const secret of ['k1', 'k2', 's1', 's2', 't1', 't2', 'p1', 'p2', 'dXNlcjpwYXNz']) {
      expect(out).not.toContain(`"${secret}"`);
    }
    expect(out).toContain('visible');
    expect(out).toContain('reservie');
  });

  it('masks Bearer tokens and JWTs inside free text', () => {
    const text = `GET /api failed: Authorization: Bearer abc.DEF-123_~+/= and token ${JWT}`;
    const out = redactText(text);
    expect(out).not.toContain('abc.DEF-123');
    expect(out).not.toContain(JWT);
    expect(out).toContain('GET /api failed');
  });

  it('keeps only name and (redacted) message of errors', () => {
    const out = redact({ error: new Error(`401 with Bearer ${JWT}`) });
    expect(JSON.stringify(out)).not.toContain(JWT);
  });
});

describe('createMainLogger', () => {
  let dir: string;
  beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'frontdesk-log-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes redacted JSON lines to <dataDir>/logs/main.log', () => {
    const logger = createMainLogger(dir);
    logger.info('configured reservie', { backend: 'reservie', apiKey: 'AK-123', apiSecret: 'AS-456' });
    logger.warn(`token refresh failed: Bearer ${JWT}`, { headers: { authorization: `Bearer ${JWT}` } });
    expect(mainLogFile(dir)).toBe(join(dir, 'logs', 'main.log'));
    const text = readFileSync(mainLogFile(dir), 'utf8');
    for (const secret of ['AK-123', 'AS-456', JWT]) expect(text).not.toContain(secret);
    const lines = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ level: 'info', message: 'configured reservie', backend: 'reservie' });
    expect(lines[1]).toMatchObject({ level: 'warn' });
  });
});
