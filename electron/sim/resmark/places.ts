// Simulator (plain Node): the demo tour operator's tag categories, meeting places and pickup
// zones (§7.2, §7.3).

export const TAG_CATEGORIES: readonly { name: string; tags: string[] }[] = [
  { name: 'Season', tags: ['Summer', 'All year'] },
  { name: 'Activity', tags: ['Water', 'Land', 'Food & Drink', 'History'] },
  { name: 'Audience', tags: ['Family friendly', 'Adults only'] },
];

export const PLACES = [
  { name: 'Harbour Kiosk, West Pier', address: 'West Pier' },
  { name: 'Porthmeor Beach Hut', address: 'Porthmeor Beach' },
  { name: 'Old Town Square', address: 'Fore Street' },
  { name: 'Carbis Bay Car Park', address: 'Porthrepta Road' },
] as const;

export const PICKUP_ZONES = [
  {
    name: 'St Ives town',
    locations: ['Malakoff bus station', 'Porthminster Hotel'],
    details: ['Front entrance', 'Lobby'],
  },
  {
    name: 'Carbis Bay',
    locations: ['Carbis Bay Hotel', 'Carbis Bay station'],
    details: ['Reception', 'Platform 1'],
  },
] as const;
