// Core test support (plain Node): a deterministic, realistic-looking customer base for tests and
// benchmarks (names with accents and apostrophes, mixed phone formats, ~1.5 passes per 2 customers).
import type { CacheStore } from '../cache-store';
import type { CustomerPassRecord, CustomerRecord, PassRecord } from '../records';

const FIRST = (
  'Oliver Amelia George Isla Harry Ava Noah Mia Jack Ivy Leo Grace Arthur Freya Oscar Lily Charlie Sophia ' +
  'Muhammad Aisha Jan Zofia Siobhán Seán Chloé José María Zoë Björn Anaïs Priya Arjun Mei Hiroshi Fatima Omar ' +
  'Ewa Piotr Niamh Ciarán Ingrid Lars Giulia Luca Chiara Mateo Lucía Thomas Emily James Olivia William Sophie ' +
  'Daniel Hannah Samuel Ella Joseph Ruby Benjamin Evie Jacob Poppy Henry Alice Ethan Florence Finley Rosie'
).split(' ');
const LAST = (
  'Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Roberts Johnson Lewis Walker Robinson Wood ' +
  'Thompson White Watson Jackson Wright Green Harris Cooper King Lee Martin Clarke James Morgan Hughes Edwards ' +
  'Hill Moore Clark Harrison Scott Young Morris Hall Ward Turner Carter Phillips Mitchell Patel Khan Singh ' +
  "O'Brien O'Neill McCarthy MacDonald Smith-Jones Núñez García Müller Kowalski Nowak Andersson Rossi " +
  "Nguyen Chen Wang Kim Dubois Lefèvre Ó Súilleabháin D'Angelo Van der Berg"
).split(' ');
const DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'icloud.com', 'btinternet.com', 'example.org'];

/** mulberry32: small, fast and good enough to make the same data from the same seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

function phone(rnd: () => number): string | null {
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');
  const [a, b] = [digits(3), digits(3)];
  const formats = [
    `+44 7${digits(3)} ${a}${b}`,
    `07${digits(3)} ${a}${b}`,
    `07${digits(3)}${a}${b}`,
    `+44 (0)7${digits(3)} ${a} ${b}`,
    `+1 (${digits(3)}) ${a}-${digits(4)}`,
    `+353 8${digits(1)} ${digits(3)} ${digits(4)}`,
  ];
  return rnd() < 0.1 ? null : formats[Math.floor(rnd() * formats.length)]!;
}

export const SYNTHETIC_PASSES: PassRecord[] = [
  { id: 'pass-1', name: 'Single class', credits: 1, price: 1200, validityPeriod: 1, validityUnit: 'month' },
  { id: 'pass-5', name: '5-class pass', credits: 5, price: 5500, validityPeriod: 3, validityUnit: 'month' },
  {
    id: 'pass-10',
    name: '10-class pass',
    credits: 10,
    price: 10000,
    validityPeriod: 6,
    validityUnit: 'month',
  },
  {
    id: 'pass-unl',
    name: 'Unlimited monthly',
    credits: null,
    price: 9900,
    validityPeriod: 1,
    validityUnit: 'month',
  },
];

function customer(i: number, rnd: () => number): CustomerRecord {
  const firstName = FIRST[Math.floor(rnd() * FIRST.length)]!;
  const lastName = LAST[Math.floor(rnd() * LAST.length)]!;
  const domain = DOMAINS[Math.floor(rnd() * DOMAINS.length)]!;
  const email = rnd() < 0.05 ? null : `${ascii(firstName)}.${ascii(lastName)}${i}@${domain}`;
  return { id: `cust-${i}`, firstName, lastName, email, phone: phone(rnd), createdAt: null };
}

function customerPass(id: number, customerId: string, rnd: () => number): CustomerPassRecord {
  const pass = SYNTHETIC_PASSES[Math.floor(rnd() * SYNTHETIC_PASSES.length)]!;
  const status = rnd() < 0.6 ? 'active' : rnd() < 0.5 ? 'exhausted' : 'expired';
  const remainingUses = status === 'active' ? 1 + Math.floor(rnd() * (pass.credits ?? 10)) : 0;
  const expiryDate = `202${5 + Math.floor(rnd() * 3)}-0${1 + Math.floor(rnd() * 9)}-15`;
  return { id: `cp-${id}`, customerId, passId: pass.id, remainingUses, startDate: null, expiryDate, status };
}

/**
 * Writes `n` customers (ids cust-0 … cust-(n-1)), their passes and the pass catalogue through
 * writePage in pages of 500, as a sync would. Same `seed`, same data.
 */
export function seedSyntheticCustomers(
  store: CacheStore,
  n: number,
  seed: number,
): { customers: number; customerPasses: number } {
  const rnd = random(seed);
  const gen = 1;
  store.writePage({ backend: 'reservie', resource: 'passes', gen, records: SYNTHETIC_PASSES, cursor: null });
  let passes = 0;
  for (let start = 0; start < n; start += 500) {
    const customers: CustomerRecord[] = [];
    const held: CustomerPassRecord[] = [];
    for (let i = start; i < Math.min(start + 500, n); i++) {
      const c = customer(i, rnd);
      customers.push(c);
      // 0, 1 or 2 passes with mean 0.75: about 1.5 passes per 2 customers.
      const count = rnd() < 0.45 ? 0 : rnd() < 0.64 ? 1 : 2;
      for (let k = 0; k < count; k++) held.push(customerPass(passes++, c.id, rnd));
    }
    const cursor = { synthetic: seed, next: start + 500 };
    store.writePage({ backend: 'reservie', resource: 'customers', gen, records: customers, cursor });
    store.writePage({ backend: 'reservie', resource: 'customerPasses', gen, records: held, cursor });
  }
  return { customers: n, customerPasses: passes };
}
