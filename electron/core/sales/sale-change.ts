// Core (pure): "change and retry" for a walk-up sale step that the back end refused. A Resmark
// order may move to another slot (activity) of the same product: the new slot's prices give the
// new total, the seats held in the old slot's cart are not carried over, and what the day summary
// counts follows. A Reservie registration paid with one of the customer's passes may be paid with
// another. The step keeps its referenceId (the order's, or the registration's), so however often
// it is changed and retried, the back end is asked for it under one id and makes it once.
import type { SaleStepPayload } from './sale-kinds';
import { checkParticipants } from './sale-validation';
import type { CachedSlot } from './sales-reads';

export type Change = { ok: true; payload: SaleStepPayload; label: string } | { ok: false; message: string };

/** Places short in the saved copy of a slot for this many people, or null when they fit. */
export function seatsShort(
  tiersAvailable: Readonly<Record<string, number>>,
  want: Readonly<Record<string, number>>,
): string | null {
  const total = Object.values(want).reduce((a, b) => a + b, 0);
  const pool = tiersAvailable['*'];
  if (pool !== undefined) return pool < total ? `only ${pool} places are left for ${total}` : null;
  for (const [tier, n] of Object.entries(want)) {
    const left = tiersAvailable[tier] ?? 0;
    if (left < n) return `only ${left} ${tier} places are left for ${n}`;
  }
  return null;
}

/**
 * The order moved to `target`. Refused, with the reason, when it is not a Resmark order, when
 * `target` is the slot it already has or another product's, when its price tiers do not fit the
 * sale's participants, or when the saved copy shows too few places left there.
 */
export function changeSlot(
  payload: SaleStepPayload,
  current: CachedSlot | null,
  target: CachedSlot | null,
  currency: string,
  formatStart: (iso: string) => string,
): Change {
  const step = payload.step;
  if (step.kind !== 'resmark.order')
    return { ok: false, message: 'Only a Resmark sale can move to another slot.' };
  if (!target) return { ok: false, message: 'That slot is not in the offline copy. Sync, then try again.' };
  if (target.activityId === step.activityId)
    return { ok: false, message: 'That is the slot Resmark refused: choose another, or retry.' };
  if (current && target.productId !== current.productId)
    return { ok: false, message: 'Only another time of the same tour can be chosen.' };
  const priced = checkParticipants(target, step.participants, currency);
  if (!priced.ok)
    return {
      ok: false,
      message: `That slot does not fit this sale: ${priced.problems.map((p) => p.message).join(' ')}`,
    };
  const short = seatsShort(target.tiersAvailable, priced.value.participants);
  if (short) return { ok: false, message: `That slot cannot take this sale: ${short}.` };
  const { cartId: _oldCart, ...rest } = step;
  const label = `moved to ${formatStart(target.startTime)}`;
  return {
    ok: true,
    label,
    payload: {
      sale: {
        ...payload.sale,
        target: target.activityId,
        what: `${target.productName ?? current?.productName ?? 'Tour'}, ${target.startTime}`,
        total: { minor: priced.value.total.minor, currency: priced.value.total.currency },
      },
      step: { ...rest, activityId: target.activityId, total: priced.value.total },
    },
  };
}

export type PassCheck = { ok: true; passName: string } | { ok: false; message: string };

/**
 * The registration paid with another of the customer's passes. Refused when it is not a
 * registration paid with a pass the customer already held (a pass sold in the same sale is part
 * of that sale), when it is the pass that was refused, or when the new one cannot pay.
 */
export function changePass(
  payload: SaleStepPayload,
  customerPassId: string,
  canPay: (customerId: string, customerPassId: string) => PassCheck,
): Change {
  const step = payload.step;
  if (step.kind !== 'reservie.registration' || step.payment.method !== 'pass')
    return { ok: false, message: 'Only a Reservie sale paid with a pass can be paid with another pass.' };
  if (!('serverId' in step.customer))
    return { ok: false, message: 'This customer is new with this sale and holds no other pass yet.' };
  const paidWith = step.payment.customerPass;
  if (paidWith && 'localId' in paidWith)
    return { ok: false, message: 'The pass was sold with this sale: retry it, or dismiss it with a reason.' };
  if (paidWith && paidWith.serverId === customerPassId)
    return { ok: false, message: 'That is the pass Reservie refused: choose another, or retry.' };
  const can = canPay(step.customer.serverId, customerPassId);
  if (!can.ok) return { ok: false, message: `That pass cannot pay: ${can.message}.` };
  return {
    ok: true,
    label: `with ${can.passName}`,
    payload: {
      sale: payload.sale,
      step: { ...step, payment: { method: 'pass', customerPass: { serverId: customerPassId } } },
    },
  };
}
