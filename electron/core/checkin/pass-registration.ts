// Core (pure): the outbox item a Reservie walk-in queues: one registration, so the server spends
// the use (reservie.md §10.1, §10.4). Its referenceId is the check-in's ledger id. Paid by pass as
// decided at the desk, or, once staff resolved a refusal, by another pass or by cash or card.
import { z } from 'zod';

export const PASS_REGISTRATION = 'reservie.passRegistration';

const Id = z.string().min(1);
export const PassRegistrationPayload = z.union([
  z.object({ sessionId: Id, customerId: Id, customerPassId: Id }).strict(),
  z.object({ sessionId: Id, customerId: Id, paymentMethod: z.enum(['cash', 'card']) }).strict(),
]);
export type PassRegistrationPayload = z.infer<typeof PassRegistrationPayload>;
