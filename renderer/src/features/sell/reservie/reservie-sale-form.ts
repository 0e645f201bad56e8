// Renderer (pure): the rules of the Reservie walk-up form — what the e-mail and a new customer's
// names must be before anything is queued (an offline sale Reservie refuses later is a sale lost
// at the desk), which ways to pay this customer and session offer, and the `sales:sell` request.
import type {
  ReservieSaleOptions,
  SaleRequestInput,
  SaleTender,
} from '../../../../../shared/domain/sales';

/** Deliberately loose, as the core's check (one @, a dot in the domain, no spaces). */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const EMAIL_MAX = 254;
export const NAME_MAX = 100;

export type CustomerField = 'email' | 'firstName' | 'lastName';
export type ProblemCode = 'required' | 'invalid' | 'tooLong';
export interface FieldProblem {
  field: CustomerField;
  code: ProblemCode;
}

export function checkEmail(raw: string): FieldProblem | null {
  const email = raw.trim();
  if (email === '') return { field: 'email', code: 'required' };
  if (email.length > EMAIL_MAX) return { field: 'email', code: 'tooLong' };
  if (!EMAIL.test(email)) return { field: 'email', code: 'invalid' };
  return null;
}

/** What Reservie requires of a new customer besides the e-mail: a first and a last name. */
export function checkNames(names: { firstName: string; lastName: string }): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const field of ['firstName', 'lastName'] as const) {
    const value = names[field].trim();
    if (value === '') out.push({ field, code: 'required' });
    else if (value.length > NAME_MAX) out.push({ field, code: 'tooLong' });
  }
  return out;
}

/** How the walk-up pays. */
export type PaymentChoice =
  | { kind: 'usePass'; customerPassId: string }
  | { kind: 'buyPass'; passId: string; tender: DeskTender }
  | { kind: 'pay'; tender: DeskTender };
export type PaymentKind = PaymentChoice['kind'];
/** What staff take at the desk for a pass or a place (complimentary is not a walk-up choice here). */
export type DeskTender = Extract<SaleTender, 'cash' | 'card'>;

/** The ways to pay this customer and session offer, in the order staff see them. */
export function paymentKinds(options: ReservieSaleOptions): PaymentKind[] {
  const kinds: PaymentKind[] = [];
  if (options.customer && options.passes.length > 0) kinds.push('usePass');
  if (options.passTypes.length > 0) kinds.push('buyPass');
  kinds.push('pay');
  return kinds;
}

/** The choice a payment kind starts with: the customer's first pass, the first pass type, cash. */
export function defaultPayment(kind: PaymentKind, options: ReservieSaleOptions): PaymentChoice | null {
  if (kind === 'usePass') {
    const pass = options.passes[0];
    return pass ? { kind, customerPassId: pass.id } : null;
  }
  if (kind === 'buyPass') {
    const type = options.passTypes[0];
    return type ? { kind, passId: type.id, tender: 'cash' } : null;
  }
  return { kind, tender: 'cash' };
}

/**
 * A full session: `join` when its event keeps a waiting list, `none` when it does not, `unknown`
 * when Reservie could not be asked (offline). `open`: it has places.
 */
export type WaitingListOffer = 'open' | 'join' | 'none' | 'unknown';
export function waitingListOffer(session: ReservieSaleOptions['session']): WaitingListOffer {
  if (!session.full) return 'open';
  if (session.waitingList === null) return 'unknown';
  return session.waitingList ? 'join' : 'none';
}

export interface SaleDraft {
  sessionId: string;
  email: string;
  /** The customer found with this e-mail; null: a new one is made from the names. */
  known: boolean;
  firstName: string;
  lastName: string;
  payment: PaymentChoice;
  joinWaitingList: boolean;
  /** Made once per sale on the desk: a retried tap sends the same one and sells once. */
  referenceId: string;
}

/** Every problem that stops this draft, or the request `sales:sell` takes. */
export function saleRequest(
  draft: SaleDraft,
): { ok: true; request: SaleRequestInput } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const emailProblem = checkEmail(draft.email);
  if (emailProblem) problems.push(emailProblem);
  if (!draft.known) problems.push(...checkNames(draft));
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    request: {
      backend: 'reservie',
      sessionId: draft.sessionId,
      email: draft.email.trim(),
      ...(draft.known ? {} : { firstName: draft.firstName.trim(), lastName: draft.lastName.trim() }),
      payment: draft.payment,
      joinWaitingList: draft.joinWaitingList,
      referenceId: draft.referenceId,
    },
  };
}
