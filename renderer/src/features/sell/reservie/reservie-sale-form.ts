// Renderer (pure): the rules of the Reservie walk-up form — what the e-mail and a new customer's
// names must be before anything is queued (an offline sale Reservie refuses later is a sale lost
// at the desk), which ways to pay this customer and session offer, and the `sales:sell` request.
import type { ReservieSaleOptions, SaleRequest, SaleTender } from '../../../../../shared/domain/sales';

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

/** How the walk-up pays: a pass they hold, a pass sold now, or the place paid for. */
export type PaymentKind = 'usePass' | 'buyPass' | 'pay';

/** The ways to pay this customer and session offer, in the order staff see them. */
export function paymentKinds(options: ReservieSaleOptions): PaymentKind[] {
  const kinds: PaymentKind[] = [];
  if (options.customer && options.passes.length > 0) kinds.push('usePass');
  if (options.passTypes.length > 0) kinds.push('buyPass');
  kinds.push('pay');
  return kinds;
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

export interface ReservieForm {
  sessionId: string;
  email: string;
  /** A customer has this e-mail already; false: a new one is made from the names. */
  known: boolean;
  firstName: string;
  lastName: string;
  kind: PaymentKind;
  customerPassId: string | null;
  passId: string | null;
  /** What the customer pays a pass or a place with; not asked when a held pass pays. */
  tender: SaleTender | null;
  joinWaitingList: boolean;
}

export type FormProblem = FieldProblem | { field: 'payment'; code: 'pass' | 'passType' | 'tender' };

/** The sale `sales:sell` takes (less the referenceId the checkout adds), or every problem that stops it. */
export function reservieDraft(
  f: ReservieForm,
): { ok: true; draft: ReservieDraft } | { ok: false; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const emailProblem = checkEmail(f.email);
  if (emailProblem) problems.push(emailProblem);
  if (!f.known) problems.push(...checkNames(f));
  let payment: ReservieDraft['payment'] | null = null;
  if (f.kind === 'usePass') {
    if (f.customerPassId) payment = { kind: 'usePass', customerPassId: f.customerPassId };
    else problems.push({ field: 'payment', code: 'pass' });
  } else if (!f.tender) {
    problems.push({ field: 'payment', code: 'tender' });
  } else if (f.kind === 'buyPass') {
    if (f.passId) payment = { kind: 'buyPass', passId: f.passId, tender: f.tender };
    else problems.push({ field: 'payment', code: 'passType' });
  } else {
    payment = { kind: 'pay', tender: f.tender };
  }
  if (problems.length > 0 || !payment) return { ok: false, problems };
  return {
    ok: true,
    draft: {
      backend: 'reservie',
      sessionId: f.sessionId,
      email: f.email.trim(),
      ...(f.known ? {} : { firstName: f.firstName.trim(), lastName: f.lastName.trim() }),
      payment,
      joinWaitingList: f.joinWaitingList,
    },
  };
}

export type ReservieDraft = Omit<Extract<SaleRequest, { backend: 'reservie' }>, 'referenceId'>;
