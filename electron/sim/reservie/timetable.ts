// Simulator (plain Node): the demo studio's weekly timetable: 40 yoga, pilates and climbing
// sessions (weekday 0 = Monday, London wall-clock time). Prices in pence.

export interface ClassDef {
  name: string;
  description: string;
  minutes: number;
  capacity: number;
  price: number;
  waitingList: boolean;
}

const c = (
  name: string,
  description: string,
  minutes: number,
  capacity: number,
  price: number,
): ClassDef => ({
  name,
  description,
  minutes,
  capacity,
  price,
  waitingList: capacity >= 10,
});

const CLASSES = {
  vinyasa: c(
    'Sunrise Vinyasa Flow',
    'Energising flow to start the day. With Priya. All levels.',
    60,
    20,
    1200,
  ),
  power: c(
    'Power Yoga',
    'Strong, sweaty, strength-focused practice. With Marco. Intermediate.',
    60,
    18,
    1200,
  ),
  lunch: c('Lunchtime Yoga', 'A 45-minute reset in the middle of the day. With Niamh.', 45, 16, 1000),
  hatha: c('Hatha Yoga', 'Classic postures and breathwork at a steady pace. With Helen.', 75, 20, 1300),
  yin: c('Yin Yoga', 'Long-held floor postures for deep release. With Seren.', 75, 18, 1300),
  restorative: c('Restorative Yoga', 'Bolsters, blankets and a very slow hour. With Seren.', 60, 14, 1300),
  ashtanga: c('Ashtanga Led Primary', 'The primary series, counted in Sanskrit. With Arjun.', 90, 16, 1500),
  prenatal: c('Pregnancy Yoga', 'Gentle practice for every trimester. With Claire.', 60, 10, 1400),
  pilates: c('Pilates Mat', 'Core, posture and control on the mat. With Joanne.', 55, 14, 1300),
  mobility: c(
    'Mobility & Stretch',
    'Joint care and flexibility for climbers and desk workers. With Tom.',
    45,
    16,
    1000,
  ),
  bouldering: c(
    'Bouldering Basics',
    'Technique, falling safely and reading problems. With Kwame.',
    90,
    10,
    1800,
  ),
  social: c(
    'Friday Bouldering Social',
    'Set problems, good music, all abilities. With Kwame.',
    120,
    30,
    1200,
  ),
  intro: c(
    'Climbing Intro (Top Rope)',
    'Harness, knots and belaying; leaves you ready to climb. With Rhys.',
    120,
    8,
    3500,
  ),
  lead: c(
    'Lead Climbing Skills',
    'Clipping, falls and rope work for confident top-ropers. With Rhys.',
    120,
    6,
    4000,
  ),
  kids: c('Kids Climbing Club (8–12)', 'Games and climbing for ages 8 to 12. With Aoife.', 60, 12, 1100),
  family: c(
    'Family Climbing Session',
    'Bring the family; instructors on the wall. With Aoife.',
    90,
    16,
    1600,
  ),
} as const satisfies Record<string, ClassDef>;

type Key = keyof typeof CLASSES;

const WEEK: readonly (readonly [number, string, Key])[] = [
  [0, '07:00', 'vinyasa'],
  [0, '09:30', 'pilates'],
  [0, '12:30', 'lunch'],
  [0, '17:30', 'bouldering'],
  [0, '18:30', 'hatha'],
  [0, '19:45', 'intro'],
  [1, '06:45', 'power'],
  [1, '10:00', 'pilates'],
  [1, '12:30', 'mobility'],
  [1, '18:00', 'yin'],
  [1, '19:00', 'lead'],
  [1, '19:30', 'pilates'],
  [2, '07:00', 'vinyasa'],
  [2, '09:30', 'prenatal'],
  [2, '12:30', 'lunch'],
  [2, '17:30', 'kids'],
  [2, '18:30', 'ashtanga'],
  [2, '19:45', 'bouldering'],
  [3, '06:45', 'power'],
  [3, '10:00', 'pilates'],
  [3, '12:30', 'mobility'],
  [3, '18:00', 'hatha'],
  [3, '19:00', 'intro'],
  [3, '20:00', 'restorative'],
  [4, '07:00', 'vinyasa'],
  [4, '09:30', 'pilates'],
  [4, '12:30', 'lunch'],
  [4, '17:30', 'social'],
  [4, '18:30', 'yin'],
  [5, '08:30', 'vinyasa'],
  [5, '10:00', 'kids'],
  [5, '10:30', 'pilates'],
  [5, '12:00', 'intro'],
  [5, '14:00', 'bouldering'],
  [5, '16:00', 'yin'],
  [6, '09:00', 'hatha'],
  [6, '10:30', 'family'],
  [6, '12:00', 'restorative'],
  [6, '14:00', 'bouldering'],
  [6, '17:00', 'yin'],
];

export const TIMETABLE = WEEK.map(([weekday, time, key]) => ({ weekday, time, def: CLASSES[key] }));
