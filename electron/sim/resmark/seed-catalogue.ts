// Simulator (plain Node): turns the catalogue into product records with Mongo-style ids, unique
// product numbers and past lastModified instants; and builds the tag tree.
import { DAY_MS } from '../common/dates';
import type { Prng } from '../common/prng';
import { PRODUCT_DEFS, type ProductDef } from './catalogue';
import { PICKUP_ZONES, PLACES, TAG_CATEGORIES } from './places';
import type { ResmarkStore } from './store';
import type { Location, PickupZone, Product, ProductView } from './types';

export function seedCatalogue(store: ResmarkStore, rng: Prng, todayStartMs: number): void {
  const tagIds = new Map<string, string>();
  for (const category of TAG_CATEGORIES) {
    const tags = category.tags.map((name) => ({ id: store.objectId(), name }));
    for (const t of tags) tagIds.set(t.name, t.id);
    store.tags.push({ id: store.objectId(), name: category.name, tags });
  }
  const locations: Location[] = PLACES.map((p) => ({
    id: store.objectId(),
    name: p.name,
    address: p.address,
    city: 'St Ives',
    state: 'Cornwall',
    country: 'GB',
  }));
  const pickups = pickupZones(store);
  const numbers = new Set<number>();
  PRODUCT_DEFS.forEach((def, i) => {
    let productNumber = rng.int(10_000, 99_999);
    while (numbers.has(productNumber)) productNumber = rng.int(10_000, 99_999);
    numbers.add(productNumber);
    const modified = todayStartMs - (3 + i * 5) * DAY_MS + rng.int(9, 17) * 3_600_000;
    const product = makeProduct(
      store.objectId(),
      productNumber,
      def,
      locations,
      new Date(modified).toISOString(),
    );
    product.tagIds = def.tags.map((t) => tagIds.get(t) ?? '').filter(Boolean);
    product.pickups = def.pickup ? pickups : [];
    store.products.add(product);
  });
}

function makeProduct(
  id: string,
  productNumber: number,
  def: ProductDef,
  places: Location[],
  lastModified: string,
): Product {
  return {
    id,
    view: productView(id, productNumber, def, places[def.place] ?? places[0], lastModified),
    tagIds: [],
    prices: def.prices,
    capacity: def.capacity,
    tierCaps: def.tierCaps ?? null,
    durationMinutes: def.minutes,
    pickups: [],
  };
}

function productView(
  id: string,
  productNumber: number,
  def: ProductDef,
  location: Location | undefined,
  lastModified: string,
): ProductView {
  const from = Math.min(...Object.values(def.prices));
  return {
    id,
    productCode: def.code,
    name: def.name,
    productNumber,
    price: `From £${from.toFixed(2)}`,
    quantityLabel: 'Guest',
    quantityType: 'participant',
    dateless: false,
    overview: `${def.blurb} Meet at ${location?.name ?? 'the harbour'} ten minutes before the start.`,
    highlights: `<ul><li>${def.blurb}</li><li>Small groups of up to ${def.capacity}</li><li>All equipment included</li></ul>`,
    shortDescription: def.blurb,
    ageRestrictions: def.ages ? { minAge: String(def.ages[0]), maxAge: String(def.ages[1]) } : null,
    class: 'groupActivity',
    classTypes: def.classTypes,
    location: location ? [location] : [],
    images: [{ small: `https://images.example.com/products/${def.code.toLowerCase()}-small.jpg` }],
    videos: [],
    dateSettings: { startTime: '09:00', duration: `${def.minutes} minutes` },
    lastModified,
  };
}

function pickupZones(store: ResmarkStore): PickupZone[] {
  return PICKUP_ZONES.map((z) => ({
    id: store.objectId(),
    name: z.name,
    locations: z.locations.map((name) => ({ id: store.objectId(), name })),
    pickupDetails: z.details.map((name) => ({ id: store.objectId(), name })),
  }));
}
