import { describe, expect, it } from 'vitest';
import { isTender, reserviePaymentMethod, tenderMemo } from './tender';

describe('tender', () => {
  it('names the tender in the Resmark billing memo', () => {
    expect(tenderMemo('cash')).toBe('Walk-up: cash');
    expect(tenderMemo('card', ' Front desk 1 ')).toBe('Walk-up at Front desk 1: card at the desk');
    expect(tenderMemo('comp', '')).toBe('Walk-up: complimentary');
  });

  it('maps to Reservie payment methods and knows the tenders', () => {
    expect(reserviePaymentMethod('comp')).toBe('free');
    expect(reserviePaymentMethod('card')).toBe('card');
    expect(isTender('cheque')).toBe(false);
    expect(isTender('cash')).toBe(true);
  });
});
