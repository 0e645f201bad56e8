// Simulator (plain Node): demo customers for the yoga and climbing studio: varied names, unique
// e-mails on example.* domains, UK phones from Ofcom's drama ranges, sign-ups over three years.
// Kept to simple loops so 100,000 customers take well under a second.
import { DAY_MS, isoSeconds } from '../common/dates';
import { FIRST_NAMES, LAST_NAMES, MAIL_DOMAINS, mailPart, UK_PHONE_PREFIXES } from '../common/names';
import type { Prng } from '../common/prng';
import type { ReservieStore } from './store';

const HISTORY_DAYS = 3 * 365;

export function seedCustomers(store: ReservieStore, rng: Prng, count: number, todayStartMs: number): void {
  const start = todayStartMs - HISTORY_DAYS * DAY_MS;
  // The newest sign-up is yesterday evening, so nothing seeded lies in the future.
  const step = (todayStartMs - 4 * 3_600_000 - start) / Math.max(1, count);
  const usedEmails = new Set<string>();
  for (let i = 0; i < count; i++) {
    const firstName = rng.pick(FIRST_NAMES);
    const lastName = rng.pick(LAST_NAMES);
    const createdMs = start + Math.floor((i + rng.next() * 0.9) * step);
    const updatedMs = rng.chance(0.2)
      ? createdMs + rng.next() * (todayStartMs - createdMs - DAY_MS)
      : createdMs;
    store.addCustomer({
      id: store.nextId('cust'),
      firstName,
      lastName,
      email: rng.chance(0.01) ? null : uniqueEmail(rng, firstName, lastName, usedEmails),
      phone: rng.chance(0.1) ? null : ukPhone(rng),
      createdAt: isoSeconds(createdMs),
      updatedAt: isoSeconds(Math.max(createdMs, updatedMs)),
    });
  }
}

function uniqueEmail(rng: Prng, firstName: string, lastName: string, used: Set<string>): string {
  const f = mailPart(firstName);
  const l = mailPart(lastName);
  const shapes = [
    `${f}.${l}`,
    `${f}${l}`,
    `${f[0] ?? ''}${l}`,
    `${f}_${l}`,
    `${l}.${f}`,
    `${f}${rng.int(70, 99)}`,
  ];
  const local = rng.pick(shapes);
  const domain = rng.pick(MAIL_DOMAINS);
  let email = `${local}@${domain}`;
  for (let n = 2; used.has(email); n++) email = `${local}${n}@${domain}`;
  used.add(email);
  return email;
}

function ukPhone(rng: Prng): string {
  const prefix = rng.pick(UK_PHONE_PREFIXES);
  const tail = String(rng.int(0, 999)).padStart(3, '0');
  const local = `${prefix}${tail}`;
  // Staff type numbers in every format; the client must cope with all of them.
  if (local.startsWith('07') && rng.chance(0.3)) return `+44 ${local.slice(1)}`;
  if (rng.chance(0.15)) return local.replace(/ /g, '');
  return local;
}
