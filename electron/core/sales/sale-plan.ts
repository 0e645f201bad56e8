// Core (pure): a sale as an ordered plan of steps, each with a client-made referenceId (what the
// outbox sends it under, and what a lookup after a lost reply finds it by) and the local ids of
// the steps it needs first. A later step names an earlier one's result by local id until that
// step has a server id (a new customer before the pass and the registration for them).
import type { CustomerDetails } from './sale-validation';
import type { Money } from './money';
import type { Tender } from './tender';

/** A step's id within its sale, e.g. "customer". */
export type LocalId = string;

/** A server id we already have, or the result of an earlier step of the same sale. */
export type IdRef = { serverId: string } | { localId: LocalId };

export interface ReservieCustomerStep {
  kind: 'reservie.customer';
  localId: LocalId;
  referenceId: string;
  dependsOn: readonly LocalId[];
  customer: CustomerDetails;
}

export interface ReservieCustomerPassStep {
  kind: 'reservie.customerPass';
  localId: LocalId;
  referenceId: string;
  dependsOn: readonly LocalId[];
  customer: IdRef;
  passId: string;
  /** YYYY-MM-DD (UTC day, reservie.md §1): with customer and pass, what a lookup finds it by. */
  startDate: string;
  tender: Tender;
}

export type RegistrationPayment =
  { method: 'pass'; customerPass: IdRef | null } | { method: 'cash' | 'card' | 'free' };

export interface ReservieRegistrationStep {
  kind: 'reservie.registration';
  localId: LocalId;
  referenceId: string;
  dependsOn: readonly LocalId[];
  sessionId: string;
  customer: IdRef;
  payment: RegistrationPayment;
  spaces: number;
  /** Staff accepted the waiting list for a full session (§10.6). */
  joinWaitingList: boolean;
}

export interface ResmarkOrderStep {
  kind: 'resmark.order';
  localId: LocalId;
  referenceId: string;
  dependsOn: readonly LocalId[];
  activityId: string;
  participants: Readonly<Record<string, number>>;
  customer: { firstName: string; lastName: string; email?: string; phone?: string };
  tender: Tender;
  memo: string;
  sendConfirmationEmail: boolean;
  total: Money;
  /** The cart staff held the seats in at the desk (sales:holdSeats); absent: a new cart at send time. */
  cartId?: string;
}

export type SaleStep =
  ReservieCustomerStep | ReservieCustomerPassStep | ReservieRegistrationStep | ResmarkOrderStep;
export type StepKind = SaleStep['kind'];

export interface SalePlan {
  /** The sale's own referenceId; each step's is derived from it. */
  referenceId: string;
  backend: 'reservie' | 'resmark';
  steps: readonly SaleStep[];
}

/** Server ids of the steps that have been sent, by local id. */
export type ServerIds = Readonly<Record<LocalId, string>>;

/** "<sale>-<localId>": stable, so a restart re-derives the same id and a lookup still finds it. */
export const stepReferenceId = (saleRef: string, localId: LocalId) => `${saleRef}-${localId}`;

/** The server id an IdRef stands for now, or null while its step has not been sent. */
export function resolveRef(ref: IdRef, ids: ServerIds): string | null {
  return 'serverId' in ref ? ref.serverId : (ids[ref.localId] ?? null);
}

/** Dependencies not yet sent: the step must wait while this is not empty. */
export function waitingFor(step: SaleStep, ids: ServerIds): LocalId[] {
  return step.dependsOn.filter((d) => ids[d] === undefined);
}

const refDeps = (...refs: (IdRef | null)[]) => refs.flatMap((r) => (r && 'localId' in r ? [r.localId] : []));

/**
 * The plan's own consistency: unique local ids, each dependency an earlier step, and every
 * local reference listed as a dependency. Throws naming the first fault (a programming error).
 */
export function assertPlan(plan: SalePlan): void {
  const seen = new Set<LocalId>();
  for (const step of plan.steps) {
    if (seen.has(step.localId)) throw new Error(`step "${step.localId}" appears twice`);
    for (const d of step.dependsOn) {
      if (!seen.has(d))
        throw new Error(`step "${step.localId}" depends on "${d}", which is not an earlier step`);
    }
    const refs =
      step.kind === 'reservie.customerPass'
        ? refDeps(step.customer)
        : step.kind === 'reservie.registration'
          ? refDeps(step.customer, step.payment.method === 'pass' ? step.payment.customerPass : null)
          : [];
    for (const r of refs) {
      if (!step.dependsOn.includes(r))
        throw new Error(`step "${step.localId}" refers to "${r}" without depending on it`);
    }
    seen.add(step.localId);
  }
}

export type ReservieCustomerChoice = { existingId: string } | { create: CustomerDetails };

export type ReserviePaymentChoice =
  | { kind: 'usePass'; customerPassId?: string }
  | { kind: 'buyPass'; passId: string; startDate: string; tender: Tender }
  | { kind: 'pay'; tender: Tender };

export interface ReservieSaleInput {
  referenceId: string;
  sessionId: string;
  customer: ReservieCustomerChoice;
  payment: ReserviePaymentChoice;
  spaces?: number;
  joinWaitingList?: boolean;
}

/** new customer? → sold pass? → the registration, paid by the pass or the tender. */
export function planReservieSale(input: ReservieSaleInput): SalePlan {
  const ref = input.referenceId;
  const steps: SaleStep[] = [];
  let customer: IdRef;
  if ('create' in input.customer) {
    steps.push({
      kind: 'reservie.customer',
      localId: 'customer',
      referenceId: stepReferenceId(ref, 'customer'),
      dependsOn: [],
      customer: input.customer.create,
    });
    customer = { localId: 'customer' };
  } else {
    customer = { serverId: input.customer.existingId };
  }
  const customerDeps = refDeps(customer);
  let payment: RegistrationPayment;
  const p = input.payment;
  if (p.kind === 'buyPass') {
    steps.push({
      kind: 'reservie.customerPass',
      localId: 'pass',
      referenceId: stepReferenceId(ref, 'pass'),
      dependsOn: customerDeps,
      customer,
      passId: p.passId,
      startDate: p.startDate,
      tender: p.tender,
    });
    payment = { method: 'pass', customerPass: { localId: 'pass' } };
  } else if (p.kind === 'usePass') {
    payment = { method: 'pass', customerPass: p.customerPassId ? { serverId: p.customerPassId } : null };
  } else {
    payment = { method: p.tender === 'comp' ? 'free' : p.tender };
  }
  steps.push({
    kind: 'reservie.registration',
    localId: 'registration',
    referenceId: stepReferenceId(ref, 'registration'),
    dependsOn: [...customerDeps, ...(p.kind === 'buyPass' ? ['pass'] : [])],
    sessionId: input.sessionId,
    customer,
    payment,
    spaces: input.spaces ?? 1,
    joinWaitingList: input.joinWaitingList ?? false,
  });
  const plan: SalePlan = { referenceId: ref, backend: 'reservie', steps };
  assertPlan(plan);
  return plan;
}

export type ResmarkSaleInput = Omit<ResmarkOrderStep, 'kind' | 'localId' | 'dependsOn'>;

/** One step: Resmark keeps the referenceId on the order itself (§7.5), so the sale's id is the order's. */
export function planResmarkSale(input: ResmarkSaleInput): SalePlan {
  return {
    referenceId: input.referenceId,
    backend: 'resmark',
    steps: [{ ...input, kind: 'resmark.order', localId: 'order', dependsOn: [] }],
  };
}
