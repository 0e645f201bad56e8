// Core tests (plain Node): any 2xx reply to a write is a success, whatever its body (fix 5).
import { describe, expect, it } from 'vitest';
import { customerPassFields, V1CustomerPass } from './mapping';
import { readWriteReply, unwrapRecord } from './write-reply';

const spec = {
  key: 'customerPass',
  record: V1CustomerPass,
  required: ['id', 'customerId', 'passId', 'remainingUses'],
  echo: customerPassFields,
  known: { id: 'cp_1', remainingUses: 4 },
};
const whole = { id: 'cp_1', customerId: 'c', passId: 'p', remainingUses: 4, status: 'active' };

describe('readWriteReply', () => {
  it('reads however the HTTP layer hands over an empty body as "accepted, this is what we sent"', () => {
    for (const body of [null, undefined, '', 'OK', { message: 'Updated' }, { success: true }])
      expect(readWriteReply(body, spec)).toEqual({ id: 'cp_1', remainingUses: 4, partial: true });
  });

  it('returns the whole record when the reply holds it, bare or wrapped', () => {
    const record = { ...whole, startDate: null, expiryDate: null };
    expect(readWriteReply(whole, spec)).toEqual(record);
    expect(readWriteReply({ data: whole }, spec)).toEqual(record);
    expect(readWriteReply({ customerPass: whole }, spec)).toEqual(record);
  });

  it('keeps what a partial reply echoed (the server is newer) and leaves the rest out', () => {
    expect(readWriteReply({ id: 'cp_1', remainingUses: '3', status: 'active', junk: 1 }, spec)).toEqual({
      id: 'cp_1',
      remainingUses: 3,
      status: 'active',
      partial: true,
    });
  });

  it('unwraps only a wrapper, never a record that has its own id', () => {
    expect(unwrapRecord({ id: 'x', data: { id: 'y' } }, 'customer')).toEqual({ id: 'x', data: { id: 'y' } });
    expect(unwrapRecord({ data: { id: 'y' } }, 'customer')).toEqual({ id: 'y' });
    expect(unwrapRecord(null, 'customer')).toBeNull();
  });
});
