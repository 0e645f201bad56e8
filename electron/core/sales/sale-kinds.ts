// Core (plain Node): the steps of a walk-up sale as outbox kinds, so the one sender replays them
// with everything else (in order per back end, dependencies first, looked up before a re-send).
// A later step finds the server id of an earlier one in that step's own outbox row (written when
// it was marked sent), so the local → server id substitution is as durable as the queue itself.
import { z } from 'zod';
import type { LinkClient } from '../connections/links';
import { BackendError, isBackendError } from '../http/errors';
import type { Scheduler } from '../http/scheduler';
import type { KindActions, OutboxKind } from '../outbox/outbox-kinds';
import { CoreError } from '../../../shared/ipc/core-error';
import type { Logger } from '../ports';
import type { OutboxItem, OutboxStore } from '../store/outbox-store';
import type { CustomerRecord } from '../store/records';
import { lookupStep, sendStep, type SaleDeps } from './sale-executors';
import type { SaleStep, ServerIds, StepKind } from './sale-plan';
import { SaleHeader } from './sale-header';
import { changePass, changeSlot, type Change, type PassCheck } from './sale-change';
import { slotDay, type CachedSlot } from './sales-reads';
import type { SaleReceipts } from './sale-receipts';
import type { OpenCarts } from './open-carts';
import { DependencyNotSentError, type StepResult } from './step-executor';

export const SALE_STEP_KINDS = [
  'reservie.customer',
  'reservie.customerPass',
  'reservie.registration',
  'resmark.order',
] as const satisfies readonly StepKind[];

export const isSaleKind = (kind: string): kind is StepKind =>
  (SALE_STEP_KINDS as readonly string[]).includes(kind);

// The step was made by planReservieSale/planResmarkSale and stored by captureSale: its shape is
// ours. Only the kind is checked here, so a row of another kind can never be sent as a sale step.
const StoredStep = z.custom<SaleStep>(
  (v) => typeof v === 'object' && v !== null && isSaleKind(String((v as { kind?: unknown }).kind)),
  'not a sale step',
);
export const SaleStepPayload = z.object({ sale: SaleHeader, step: StoredStep }).strict();
export type SaleStepPayload = z.infer<typeof SaleStepPayload>;

export interface SaleKindDeps {
  outbox(): OutboxStore;
  receipts(): SaleReceipts;
  /** Resmark carts of orders being sent, kept across a kill (released before the seats are locked again). */
  openCarts(): OpenCarts;
  /** The cache's customer with this e-mail, looked at before asking Reservie. */
  cachedCustomerByEmail(email: string): CustomerRecord | null;
  scheduler: Scheduler;
  logger: Logger;
  /** After a step was sent or refused (the day summary moved). */
  onChanged(saleRef: string): void;
  /** A Resmark slot as the cache has it (for "another slot"). */
  slotOf(activityId: string): CachedSlot | null;
  /** Whether this customer's pass can pay now, by the cache (for "another pass"). */
  passCanPay(customerId: string, customerPassId: string): PassCheck;
  /** The venue's currency (Resmark prices are bare decimals). */
  currency(): string;
  /** The venue's time zone: the day a slot is filed under. */
  timeZone(): string;
}

/** "2026-12-03 10:00" from a slot's own start time: the label kept with staff's change. */
const startWords = (iso: string) => iso.replace('T', ' ').slice(0, 16);

/** A change the rule allowed, as the resolver writes it; a refused one throws with the reason. */
function changed(change: Change, detail: Record<string, unknown>) {
  if (!change.ok) throw new CoreError('BAD_INPUT', change.message);
  return {
    requeue: change.payload,
    label: change.label,
    detail,
    message: `Sending it again ${change.label}`,
  };
}

/** Server ids of the steps this one depends on, read from their own (sent) outbox rows. */
function dependencyIds(p: SaleStepPayload, outbox: OutboxStore): ServerIds {
  const ids: Record<string, string> = {};
  for (const localId of p.step.dependsOn) {
    const ref = p.sale.steps[localId];
    const row = ref ? outbox.get(ref) : null;
    if (row?.status === 'sent' && row.serverId) ids[localId] = row.serverId;
  }
  return ids;
}

/**
 * Refusals of our own making (session full, seats released, a dependency with no id) as the
 * back-end refusal they are, so the sender moves the item to needs attention instead of retrying.
 */
function asRefusal(error: unknown): unknown {
  if (isBackendError(error)) return error;
  if (error instanceof DependencyNotSentError)
    return new BackendError('CONFLICT', error.message, { status: 409, permanent: true });
  if (error instanceof Error && 'code' in error && error.code === 'CONFLICT')
    return new BackendError('CONFLICT', error.message, { status: 409, permanent: true });
  return error;
}

export function saleStepKinds(d: SaleKindDeps): Record<StepKind, OutboxKind> {
  // What a send or lookup answered beyond the id, until confirmed() writes it down.
  const details = new Map<string, string | undefined>();
  const depsFor = (p: SaleStepPayload, client: LinkClient): SaleDeps => {
    const ids = dependencyIds(p, d.outbox());
    if (client.backend === 'reservie') {
      return {
        ids,
        reservie: {
          client: client.api,
          cachedCustomerByEmail: (email) => d.cachedCustomerByEmail(email),
        },
      };
    }
    return { ids, resmark: { client: client.api, scheduler: d.scheduler, openCarts: d.openCarts() } };
  };
  const parse = (item: OutboxItem) => SaleStepPayload.parse(item.payload);
  const remember = (item: OutboxItem, r: StepResult) => {
    details.set(item.referenceId, r.detail);
    return r.serverId;
  };

  const WHAT: Record<StepKind, string> = {
    'reservie.customer': 'New customer',
    'reservie.customerPass': 'Pass sold',
    'reservie.registration': 'Walk-up sale',
    'resmark.order': 'Walk-up sale',
  };
  const describe = (item: OutboxItem) => {
    const p = SaleStepPayload.safeParse(item.payload);
    if (!p.success)
      return { summary: { what: 'Walk-up sale', who: null, about: null, at: null }, customerId: null };
    const c = p.data.sale.customer;
    const who = [c.firstName, c.lastName].filter(Boolean).join(' ') || c.email;
    const step = p.data.step;
    const customerId =
      step.kind === 'reservie.registration' && 'serverId' in step.customer ? step.customer.serverId : null;
    const slot = step.kind === 'resmark.order' ? d.slotOf(step.activityId) : null;
    return {
      summary: { what: WHAT[step.kind], who, about: p.data.sale.what, at: item.createdAt },
      customerId,
      slot: slot
        ? { productId: slot.productId, activityId: slot.activityId, date: slotDay(slot, d.timeZone()) }
        : null,
    };
  };
  const actions: KindActions = {
    retry: {
      apply: (item) => ({
        requeue: item.payload,
        label: null,
        detail: {},
        message: 'Sending it again as it was',
      }),
    },
    otherSlot: {
      offers: (item) => item.kind === 'resmark.order',
      apply(item, input) {
        const p = parse(item);
        const current = p.step.kind === 'resmark.order' ? d.slotOf(p.step.activityId) : null;
        const change = changeSlot(p, current, d.slotOf(input.activityId), d.currency(), startWords);
        return changed(change, { activityId: input.activityId });
      },
    },
    otherPass: {
      offers(item) {
        const p = SaleStepPayload.safeParse(item.payload);
        if (!p.success || p.data.step.kind !== 'reservie.registration') return false;
        const { payment, customer } = p.data.step;
        return (
          payment.method === 'pass' &&
          'serverId' in customer &&
          !(payment.customerPass && 'localId' in payment.customerPass)
        );
      },
      apply(item, input) {
        const change = changePass(parse(item), input.customerPassId, (c, cp) => d.passCanPay(c, cp));
        return changed(change, { customerPassId: input.customerPassId });
      },
    },
    dismiss: {
      apply(item) {
        // A later step of the same sale would wait for this one for ever: those go first.
        const waiting = d
          .outbox()
          .listAll()
          .filter((i) => i.dependsOn.includes(item.referenceId) && i.status !== 'sent');
        if (
          waiting.some(
            (i) => i.status === 'pending' || i.status === 'sending' || i.status === 'needs_attention',
          )
        )
          throw new CoreError(
            'CONFLICT',
            'A later step of this sale waits for this one: dismiss that step first.',
          );
        return { close: true, label: null, detail: {}, message: 'Dismissed: nothing of it is sent' };
      },
    },
  };

  const kind = (backend: 'reservie' | 'resmark'): OutboxKind => ({
    describe,
    actions,
    backend,
    async send(item, client) {
      const p = parse(item);
      try {
        return remember(item, await sendStep(p.step, depsFor(p, client)));
      } catch (error) {
        throw asRefusal(error);
      }
    },
    async lookUp(item, client) {
      const p = parse(item);
      const found = await lookupStep(p.step, depsFor(p, client));
      return found ? remember(item, found) : null;
    },
    confirmed(item, serverId) {
      const detail = details.get(item.referenceId) ?? null;
      details.delete(item.referenceId);
      d.receipts().record(item.referenceId, serverId, detail);
      d.onChanged(parse(item).sale.referenceId);
    },
    refused(item, message) {
      details.delete(item.referenceId);
      d.logger.warn('a walk-up sale step needs attention', { ref: item.referenceId, error: message });
      d.onChanged(parse(item).sale.referenceId);
    },
  });
  return {
    'reservie.customer': kind('reservie'),
    'reservie.customerPass': kind('reservie'),
    'reservie.registration': kind('reservie'),
    'resmark.order': kind('resmark'),
  };
}
