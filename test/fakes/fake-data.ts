// Test double data (browser or Node): realistic customers, passes, tour bookings and today's sessions.
import type { CustomerHit, CustomerPassSummary, SessionSummary } from '../../shared/domain/cache';

const DAY_MS = 86_400_000;

/** A plain local day ("2026-01-31") offset from today, as the back ends send expiry dates. */
function dayFrom(now: Date, days: number): string {
  const d = new Date(now.getTime() + days * DAY_MS);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

type PassSeed = [name: string, remaining: number, expiresInDays: number | null];

const PEOPLE: [name: string, email: string | null, phone: string | null, passes: PassSeed[]][] = [
  [
    'Anna Keller',
    'anna.keller@gmail.com',
    '+44 7700 900123',
    [
      ['10-class pass', 7, 48],
      ['Intro month unlimited', 0, -20],
    ],
  ],
  ['Annabel Roux', 'annabel.roux@outlook.com', '+44 7700 900456', [['5-class pass', 2, 12]]],
  ['Joanna Mills', 'jo.mills@icloud.com', '+44 7700 900789', [['Monthly unlimited', 24, 9]]],
  [
    'Hannah Oduya',
    'hannah.oduya@proton.me',
    '+44 7700 900321',
    [
      ['10-class pass', 0, 30],
      ['Drop-in', 1, -3],
    ],
  ],
  ['Marcus Bell', 'marcus.bell@gmail.com', '+44 7700 900654', [['20-class pass', 14, 120]]],
  ['Priya Raman', 'priya.raman@yahoo.co.uk', '+44 7700 900987', [['Monthly unlimited', 30, 27]]],
  ['Tom Hargreaves', 'tom.h@fastmail.com', '+44 7700 900111', []],
  ['Sofia Marin', 'sofia.marin@gmail.com', '+44 7700 900222', [['5-class pass', 5, 60]]],
  ['Liam O’Connor', 'liam.oconnor@gmail.com', null, [['Student 10-class pass', 3, 5]]],
  ['Chloe Dubois', null, '+44 7700 900333', [['10-class pass', 9, -1]]],
  ['Ethan Walker', 'ethan.walker@hotmail.com', '+44 7700 900444', [['Drop-in', 1, 2]]],
  [
    'Mia Chen',
    'mia.chen@gmail.com',
    '+44 7700 900555',
    [
      ['Monthly unlimited', 18, 15],
      ['Workshop credit', 1, 90],
    ],
  ],
  ['Noah Fischer', 'noah.fischer@web.de', '+49 151 23456789', [['5-class pass', 1, 21]]],
  ['Grace Adeyemi', 'grace.adeyemi@gmail.com', '+44 7700 900666', [['20-class pass', 20, 180]]],
  ['Oliver Grant', 'oliver.grant@outlook.com', '+44 7700 900777', []],
  ['Isla Thompson', 'isla.t@gmail.com', '+44 7700 900888', [['10-class pass', 4, 33]]],
  ['Lucas Moreau', 'lucas.moreau@orange.fr', '+33 6 12 34 56 78', [['Intro week', 0, -40]]],
  ['Zara Ahmed', 'zara.ahmed@gmail.com', '+44 7700 900999', [['Monthly unlimited', 30, 3]]],
  ['Daniel Novak', 'dan.novak@seznam.cz', '+420 601 234 567', [['5-class pass', 3, 44]]],
  ['Ruby Patel', 'ruby.patel@gmail.com', '+44 7700 901000', [['10-class pass', 6, 70]]],
];

const TOUR_ORDERS: [name: string, email: string | null, phone: string | null, confirmation: string][] = [
  ['Anders Johansson', 'anders.j@telia.se', '+46 70 123 45 67', 'RM-48213'],
  ['Annika Berg', 'annika.berg@gmail.com', '+46 70 765 43 21', 'RM-48227'],
  ['Kenji Watanabe', 'kenji.w@docomo.ne.jp', '+81 90 1234 5678', 'RM-48240'],
  ['Maria Gonzalez', 'maria.gonzalez@gmail.com', '+34 612 345 678', 'RM-48252'],
  ['Sam Okafor', null, '+44 7700 902000', 'RM-48261'],
  ['Emily Rhodes', 'emily.rhodes@gmail.com', '+1 415 555 0142', 'RM-48275'],
];

export function sampleCustomers(now: Date): CustomerHit[] {
  const customers = PEOPLE.map(([name, email, phone, passes], i): CustomerHit => ({
    kind: 'customer',
    id: `c-${1001 + i}`,
    name,
    email,
    phone,
    confirmation: null,
    passes: passes.map(([passName, remaining, expires], j): CustomerPassSummary => {
      const expiryDate = expires === null ? null : dayFrom(now, expires);
      const status = remaining <= 0 ? 'exhausted' : expires !== null && expires < 0 ? 'expired' : 'active';
      return { id: `cp-${1001 + i}-${j}`, passName, remainingUses: remaining, expiryDate, status };
    }),
  }));
  const orders = TOUR_ORDERS.map(([name, email, phone, confirmation], i): CustomerHit => ({
    kind: 'order',
    id: `o-${5001 + i}`,
    name,
    email,
    phone,
    confirmation,
    passes: [],
  }));
  return [...customers, ...orders];
}

type SessionSeed = [
  source: SessionSummary['source'],
  name: string,
  start: [h: number, m: number],
  minutes: number,
  capacity: number | null,
  booked: number,
];

const TODAY: SessionSeed[] = [
  ['reservie', 'Sunrise Vinyasa Flow', [7, 0], 60, 20, 18],
  ['reservie', 'Reformer Pilates', [9, 30], 50, 12, 12],
  ['resmark', 'Old Town Walking Tour', [10, 0], 120, 25, 17],
  ['reservie', 'Barre Sculpt', [12, 15], 45, 16, 9],
  ['resmark', 'Harbour Kayak Adventure', [13, 0], 180, 14, 12],
  ['reservie', 'Yin & Restore', [17, 30], 75, 18, 6],
  ['resmark', 'Sunset Street Food Tour', [18, 0], 150, 16, 16],
  ['reservie', 'Spin 45', [19, 15], 45, 24, 21],
  ['reservie', 'Open Studio', [20, 30], 60, null, 4],
];

export function sampleSessions(now: Date): SessionSummary[] {
  return TODAY.map(([source, name, [h, m], minutes, capacity, booked], i) => {
    const starts = new Date(now.getFullYear(), now.getMonth(), now.getDate(), h, m);
    const ends = new Date(starts.getTime() + minutes * 60_000);
    return {
      id: `${source === 'reservie' ? 'ev' : 'av'}-${301 + i}`,
      source,
      name,
      startsAt: starts.toISOString(),
      endsAt: ends.toISOString(),
      capacity,
      spacesAvailable: capacity === null ? null : Math.max(capacity - booked, 0),
      booked,
    };
  });
}
