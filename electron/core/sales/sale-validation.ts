// Core (pure): what each back end will refuse, checked before a sale is queued. An offline sale
// the back end rejects later is a sale lost at the desk, so the form asks for it now.
import type { SlotRecord } from '../store/records';
import { addMoney, fromMajor, money, timesMoney, type Money } from './money';

export interface Problem {
  /** The form field, e.g. "email" or "participants.Adult". */
  field: string;
  message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export interface CustomerDetails {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
}

// Deliberately loose (one @, a dot in the domain, no spaces): the back end is the judge; this
// only catches what it would certainly refuse.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const NAME_MAX = 100;

interface RawCustomer {
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  phone?: string | null;
}

function checkName(field: 'firstName' | 'lastName', value: string, out: Problem[]): void {
  const label = field === 'firstName' ? 'First name' : 'Last name';
  if (value === '') out.push({ field, message: `${label} is required.` });
  else if (value.length > NAME_MAX)
    out.push({ field, message: `${label} is longer than ${NAME_MAX} characters.` });
}

function checkEmail(email: string, required: boolean, out: Problem[]): void {
  if (email === '') {
    if (required) out.push({ field: 'email', message: 'E-mail is required.' });
  } else if (!EMAIL.test(email)) {
    out.push({ field: 'email', message: `"${email}" is not an e-mail address.` });
  }
}

function trimmed(raw: RawCustomer) {
  return {
    firstName: raw.firstName?.trim() ?? '',
    lastName: raw.lastName?.trim() ?? '',
    email: raw.email?.trim() ?? '',
    phone: raw.phone?.trim() ?? '',
  };
}

/** Reservie needs first name, last name and e-mail for a new customer (reservie.md §6 example). */
export function checkReservieCustomer(raw: RawCustomer): Checked<CustomerDetails> {
  const c = trimmed(raw);
  const problems: Problem[] = [];
  checkName('firstName', c.firstName, problems);
  checkName('lastName', c.lastName, problems);
  checkEmail(c.email, true, problems);
  if (problems.length > 0) return { ok: false, problems };
  const value: CustomerDetails = { firstName: c.firstName, lastName: c.lastName, email: c.email };
  if (c.phone) value.phone = c.phone;
  return { ok: true, value };
}

/** Resmark's lead guest: names always; an e-mail when the confirmation is to be sent by e-mail. */
export function checkResmarkCustomer(
  raw: RawCustomer,
  sendConfirmationEmail: boolean,
): Checked<Omit<CustomerDetails, 'email'> & { email?: string }> {
  const c = trimmed(raw);
  const problems: Problem[] = [];
  checkName('firstName', c.firstName, problems);
  checkName('lastName', c.lastName, problems);
  checkEmail(c.email, sendConfirmationEmail, problems);
  if (problems.length > 0) return { ok: false, problems };
  const value: Omit<CustomerDetails, 'email'> & { email?: string } = {
    firstName: c.firstName,
    lastName: c.lastName,
  };
  if (c.email) value.email = c.email;
  if (c.phone) value.phone = c.phone;
  return { ok: true, value };
}

export interface PricedParticipants {
  /** Count per tier, only tiers with at least one person. */
  participants: Record<string, number>;
  /** Price per tier and count, in minor units. */
  lines: { tier: string; count: number; unit: Money; total: Money }[];
  total: Money;
  seats: number;
}

/** Participants per price tier of one slot: whole counts, known tiers, at least one person. */
export function checkParticipants(
  slot: Pick<SlotRecord, 'prices'>,
  counts: Readonly<Record<string, number>>,
  currency: string,
): Checked<PricedParticipants> {
  const problems: Problem[] = [];
  const participants: Record<string, number> = {};
  const known = Object.keys(slot.prices);
  for (const [tier, count] of Object.entries(counts)) {
    const field = `participants.${tier}`;
    if (!Object.hasOwn(slot.prices, tier)) {
      problems.push({ field, message: `"${tier}" is not a price tier here (tiers: ${known.join(', ')}).` });
    } else if (!Number.isInteger(count) || count < 0) {
      problems.push({ field, message: `${tier}: ${count} is not a whole number of people.` });
    } else if (count > 0) {
      participants[tier] = count;
    }
  }
  const seats = Object.values(participants).reduce((a, b) => a + b, 0);
  if (problems.length === 0 && seats === 0) {
    problems.push({ field: 'participants', message: 'Add at least one participant.' });
  }
  if (problems.length > 0) return { ok: false, problems };
  let total = money(0, currency);
  const lines = Object.entries(participants).map(([tier, count]) => {
    const unit = fromMajor(slot.prices[tier] as number, currency);
    const line = timesMoney(unit, count);
    total = addMoney(total, line);
    return { tier, count, unit, total: line };
  });
  return { ok: true, value: { participants, lines, total, seats } };
}
