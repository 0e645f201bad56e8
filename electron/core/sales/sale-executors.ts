// Core (plain Node): one entry for the outbox sender — send or look up any step of a sale, and
// what a failure means for the queue item (look it up before sending again, wait and retry, or
// needs attention). The per-kind executors live in reservie-sale.ts and resmark-order-step.ts.
import { isBackendError } from '../http/errors';
import { outcomeUnknown } from './outcome';
import { resmarkOrder, type ResmarkStepDeps } from './resmark-order-step';
import {
  reservieCustomer,
  reservieCustomerPass,
  reservieRegistration,
  type ReservieStepDeps,
} from './reservie-sale';
import type { SaleStep, ServerIds } from './sale-plan';
import { DependencyNotSentError, type StepResult } from './step-executor';

export interface SaleDeps {
  /** Server ids of the sale's steps already sent, by local id. */
  ids: ServerIds;
  reservie?: Omit<ReservieStepDeps, 'ids'>;
  resmark?: Omit<ResmarkStepDeps, 'ids'>;
}

function backendDeps<K extends 'reservie' | 'resmark'>(
  deps: SaleDeps,
  key: K,
): NonNullable<SaleDeps[K]> & { ids: ServerIds } {
  const d = deps[key];
  if (!d) throw new Error(`no ${key} connection to send this step with`);
  return { ...d, ids: deps.ids } as NonNullable<SaleDeps[K]> & { ids: ServerIds };
}

export async function sendStep(step: SaleStep, deps: SaleDeps): Promise<StepResult> {
  switch (step.kind) {
    case 'reservie.customer':
      return reservieCustomer.send(step, backendDeps(deps, 'reservie'));
    case 'reservie.customerPass':
      return reservieCustomerPass.send(step, backendDeps(deps, 'reservie'));
    case 'reservie.registration':
      return reservieRegistration.send(step, backendDeps(deps, 'reservie'));
    case 'resmark.order':
      return resmarkOrder.send(step, backendDeps(deps, 'resmark'));
  }
}

export async function lookupStep(step: SaleStep, deps: SaleDeps): Promise<StepResult | null> {
  switch (step.kind) {
    case 'reservie.customer':
      return reservieCustomer.lookup(step, backendDeps(deps, 'reservie'));
    case 'reservie.customerPass':
      return reservieCustomerPass.lookup(step, backendDeps(deps, 'reservie'));
    case 'reservie.registration':
      return reservieRegistration.lookup(step, backendDeps(deps, 'reservie'));
    case 'resmark.order':
      return resmarkOrder.lookup(step, backendDeps(deps, 'resmark'));
  }
}

/**
 * What a failed send means for its queue item:
 * - `unknown`: the server may have acted; run `lookupStep` before any resend (then back off);
 * - `wait`: it certainly did not act and the item is fine (429: wait `retryAfterMs` when said; a
 *   refused key: until the credentials are fixed), then send again;
 * - `rejected`: it refused and retrying cannot fix it (sold out, lock lost, invalid data): needs attention.
 */
export type FailureKind =
  { kind: 'unknown' } | { kind: 'wait'; retryAfterMs?: number } | { kind: 'rejected' };

export function classifyFailure(error: unknown): FailureKind {
  if (error instanceof DependencyNotSentError) return { kind: 'rejected' };
  if (isBackendError(error)) {
    if (error.code === 'RATE_LIMITED' || error.code === 'UNAUTHORIZED') {
      return error.retryAfterMs === undefined
        ? { kind: 'wait' }
        : { kind: 'wait', retryAfterMs: error.retryAfterMs };
    }
    if (outcomeUnknown(error)) return { kind: 'unknown' };
    return { kind: 'rejected' };
  }
  // SessionFullError, SeatsReleasedError and our own checks carry a code of their own.
  if (error instanceof Error && 'code' in error && error.code === 'CONFLICT') return { kind: 'rejected' };
  return { kind: 'unknown' };
}
