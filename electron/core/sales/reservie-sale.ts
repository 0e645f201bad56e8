// Core (plain Node): the Reservie steps of a walk-up sale — find or create the customer (by
// e-mail: the cache first, then the API; never a duplicate), sell a pass, register (paid by the
// pass, cash or card) — each with the lookup that tells whether an attempt whose reply was lost
// already happened: the customer by e-mail, the customer pass by customer, pass and start date,
// the registration by session and customer (reservie.md §10.7: nothing there is idempotent).
import { isBackendError } from '../http/errors';
import type { ReservieClient } from '../backends/reservie/reservie-client';
import type { CustomerRecord, RegistrationRecord } from '../store/records';
import {
  resolveRef,
  type IdRef,
  type ReservieCustomerPassStep,
  type ReservieCustomerStep,
  type ReservieRegistrationStep,
  type SaleStep,
} from './sale-plan';
import {
  DependencyNotSentError,
  type StepDepsBase,
  type StepExecutor,
  type StepResult,
} from './step-executor';

export type ReservieSaleClient = Pick<
  ReservieClient,
  | 'findCustomersByEmail'
  | 'createCustomer'
  | 'createCustomerPass'
  | 'listCustomerPasses'
  | 'createRegistration'
  | 'listRegistrations'
>;

export interface ReservieStepDeps extends StepDepsBase {
  client: ReservieSaleClient;
  /** The offline cache's customer with this e-mail (case-insensitive), looked at before the API. */
  cachedCustomerByEmail?: (email: string) => CustomerRecord | null;
}

/** The session is full. `waitingList`: the event has one, so staff may offer it (§10.6). */
export class SessionFullError extends Error {
  readonly code = 'CONFLICT' as const;
  constructor(readonly waitingList: boolean) {
    super(
      waitingList
        ? 'This session is full. It has a waiting list: the customer can join it instead.'
        : 'This session is full and has no waiting list.',
    );
    this.name = 'SessionFullError';
  }
}

function need(step: SaleStep, ref: IdRef, deps: StepDepsBase): string {
  const id = resolveRef(ref, deps.ids);
  if (id === null) throw new DependencyNotSentError(step, 'localId' in ref ? ref.localId : '?');
  return id;
}

/** A write the server accepted without sending an id back: only a lookup can name it. */
async function idOrLookup<S extends SaleStep>(
  id: string | undefined,
  lookup: () => Promise<StepResult | null>,
  step: S,
): Promise<StepResult> {
  if (id) return { serverId: id };
  const found = await lookup();
  if (found) return found;
  throw new Error(
    `Reservie accepted ${step.localId} of ${step.referenceId} but sent no id, and a lookup did not find it`,
  );
}

async function customerByEmail(deps: ReservieStepDeps, email: string): Promise<StepResult | null> {
  const found = await deps.client.findCustomersByEmail(email);
  // Several (impossible if e-mail is unique, §10.8): the oldest is the one the venue knows.
  const first = found[0];
  return first ? { serverId: first.id } : null;
}

export const reservieCustomer: StepExecutor<ReservieCustomerStep, ReservieStepDeps> = {
  async send(step, deps) {
    const { email } = step.customer;
    const cached = deps.cachedCustomerByEmail?.(email);
    if (cached) return { serverId: cached.id, detail: 'existing' };
    const known = await customerByEmail(deps, email);
    if (known) return { ...known, detail: 'existing' };
    try {
      const made = await deps.client.createCustomer(step.customer);
      return await idOrLookup(made.id, () => customerByEmail(deps, email), step);
    } catch (error) {
      // Someone (another desk, the web shop) made them meanwhile: use that customer.
      if (isBackendError(error) && error.backendCode === 'duplicate_customer') {
        const existing = await customerByEmail(deps, email);
        if (existing) return { ...existing, detail: 'existing' };
      }
      throw error;
    }
  },
  lookup: (step, deps) => customerByEmail(deps, step.customer.email),
};

async function passByStart(
  step: ReservieCustomerPassStep,
  deps: ReservieStepDeps,
): Promise<StepResult | null> {
  const customerId = need(step, step.customer, deps);
  for (let page = 1; ; page++) {
    const p = await deps.client.listCustomerPasses({
      page,
      perPage: 100,
      customerId,
      passId: step.passId,
      lane: 'interactive',
    });
    const hit = p.items.find(
      (cp) => cp.customerId === customerId && cp.passId === step.passId && cp.startDate === step.startDate,
    );
    if (hit) return { serverId: hit.id };
    if (p.items.length === 0 || p.page * p.perPage >= (p.total ?? 0)) return null;
  }
}

export const reservieCustomerPass: StepExecutor<ReservieCustomerPassStep, ReservieStepDeps> = {
  async send(step, deps) {
    const customerId = need(step, step.customer, deps);
    const made = await deps.client.createCustomerPass({
      customerId,
      passId: step.passId,
      startDate: step.startDate,
    });
    return idOrLookup(made.id, () => passByStart(step, deps), step);
  },
  lookup: passByStart,
};

async function registrationOf(
  step: ReservieRegistrationStep,
  deps: ReservieStepDeps,
): Promise<StepResult | null> {
  const customerId = need(step, step.customer, deps);
  const match = (r: RegistrationRecord) => r.customerId === customerId && r.status !== 'cancelled';
  for (let page = 1; ; page++) {
    const p = await deps.client.listRegistrations(step.sessionId, {
      page,
      perPage: 100,
      lane: 'interactive',
    });
    const hit = p.items.find(match);
    if (hit) return { serverId: hit.id, detail: hit.status };
    const received = p.received ?? p.items.length;
    if (received === 0 || p.page * p.perPage >= (p.total ?? 0)) return null;
  }
}

export const reservieRegistration: StepExecutor<ReservieRegistrationStep, ReservieStepDeps> = {
  async send(step, deps) {
    const customerId = need(step, step.customer, deps);
    const pass = step.payment.method === 'pass' ? step.payment.customerPass : null;
    try {
      const made = await deps.client.createRegistration(step.sessionId, {
        customerId,
        paymentMethod: step.payment.method,
        spaces: step.spaces,
        ...(pass ? { customerPassId: need(step, pass, deps) } : {}),
        ...(step.joinWaitingList ? { joinWaitingList: true } : {}),
      });
      if (made.id) return { serverId: made.id, ...(made.status ? { detail: made.status } : {}) };
      return await idOrLookup(undefined, () => registrationOf(step, deps), step);
    } catch (error) {
      if (isBackendError(error) && error.backendCode === 'event_full') {
        const details = error.details as { waitingListEnabled?: unknown } | undefined;
        throw new SessionFullError(!step.joinWaitingList && details?.waitingListEnabled === true);
      }
      throw error;
    }
  },
  lookup: registrationOf,
};
