// Core (plain Node): the staff PIN hash: salted, slow, constant-time compared, 4–8 digits (K5).
import { describe, expect, it } from 'vitest';
import { assertValidPin, hashStaffPin, PIN_SCRYPT, verifyStaffPin } from './staff-pin';

describe('staff PIN', () => {
  it('verifies the right PIN and refuses a wrong or malformed one', async () => {
    const stored = await hashStaffPin('4821');
    expect(await verifyStaffPin('4821', stored)).toBe(true);
    expect(await verifyStaffPin('4822', stored)).toBe(false);
    expect(await verifyStaffPin('48210', stored)).toBe(false);
    expect(await verifyStaffPin('48a1', stored)).toBe(false);
    expect(await verifyStaffPin('', stored)).toBe(false);
  });

  it('stores a salted scrypt hash with its parameters, never the PIN', async () => {
    const [a, b] = [await hashStaffPin('12345678'), await hashStaffPin('12345678')];
    expect(a).toMatchObject({ algorithm: 'scrypt', N: PIN_SCRYPT.N, r: PIN_SCRYPT.r, p: PIN_SCRYPT.p });
    expect(Buffer.from(a.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(a.hash, 'base64')).toHaveLength(32);
    // A per-PIN random salt: the same PIN never gives the same record.
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(JSON.stringify(a)).not.toContain('12345678');
  });

  it('accepts 4 to 8 digits and explains anything else', () => {
    for (const ok of ['0000', '1234', '12345678']) expect(() => assertValidPin(ok)).not.toThrow();
    for (const bad of ['123', '123456789', '12 34', '１２３４', '-123', 1234, undefined]) {
      expect(() => assertValidPin(bad)).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
    }
    expect(() => assertValidPin('12')).toThrow(/4 to 8 digits/);
  });

  it('refuses a stored record that is tampered with or asks for absurd work', async () => {
    const stored = await hashStaffPin('2468');
    const flipped = Buffer.from(stored.hash, 'base64');
    flipped[0] = flipped[0]! ^ 1;
    expect(await verifyStaffPin('2468', { ...stored, hash: flipped.toString('base64') })).toBe(false);
    expect(await verifyStaffPin('2468', { ...stored, N: 2 ** 30 })).toBe(false);
    expect(await verifyStaffPin('2468', { ...stored, N: 1000 })).toBe(false);
    expect(await verifyStaffPin('2468', { ...stored, hash: '' })).toBe(false);
  });
});
