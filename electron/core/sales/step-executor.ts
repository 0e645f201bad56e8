// Core (plain Node): what the outbox sender calls for one step of a sale. `send` carries the
// step out once; `lookup` says whether an earlier attempt with an unknown outcome already did
// (found means sent: record the id and go on). Neither retries: that is the sender's job.
import type { SaleStep, ServerIds } from './sale-plan';

export interface StepResult {
  /** The server's id for what the step made (customer, customer pass, registration, order). */
  serverId: string;
  /** e.g. a registration's `confirmed` / `waitlisted`; an order's confirmation number. */
  detail?: string;
}

export interface StepExecutor<S extends SaleStep, D> {
  send(step: S, deps: D): Promise<StepResult>;
  lookup(step: S, deps: D): Promise<StepResult | null>;
}

/** Every executor gets the server ids of the sale's steps already sent, by local id. */
export interface StepDepsBase {
  ids: ServerIds;
}

/** A step ran before a step it depends on had a server id: a sender bug, never a back-end answer. */
export class DependencyNotSentError extends Error {
  constructor(step: SaleStep, missing: string) {
    super(`step "${step.localId}" of ${step.referenceId} needs "${missing}" to be sent first`);
    this.name = 'DependencyNotSentError';
  }
}
