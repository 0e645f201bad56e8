// Core (pure): the outbox item a Reservie walk-in queues: one pass-paid registration, so the
// server spends the use (reservie.md §10.1, §10.4). Its referenceId is the check-in's ledger id.
import { z } from 'zod';

export const PASS_REGISTRATION = 'reservie.passRegistration';

export const PassRegistrationPayload = z
  .object({ sessionId: z.string().min(1), customerId: z.string().min(1), customerPassId: z.string().min(1) })
  .strict();
export type PassRegistrationPayload = z.infer<typeof PassRegistrationPayload>;
