// Simulator (plain Node): Resmark records as the simulator stores them (resmark.md §7). Money
// is decimal major units (§8.14 [A]); instants are epoch ms until a view formats them.

export type TierCounts = Record<string, number>;

export interface Location {
  id: string;
  name: string;
  address: string;
  city: string;
  state: string;
  country: string;
}

export interface PickupZone {
  id: string;
  name: string;
  locations: { id: string; name: string }[];
  pickupDetails: { id: string; name: string }[];
}

/** The documented product object (§7.2), plus `lastModified`. */
export interface ProductView {
  id: string;
  productCode: string;
  name: string;
  productNumber: number;
  price: string;
  quantityLabel: string;
  quantityType: string;
  dateless: boolean;
  overview: string;
  highlights: string;
  shortDescription: string;
  ageRestrictions: { minAge: string; maxAge: string } | null;
  class: string;
  classTypes: string[];
  location: Location[];
  images: { small: string }[];
  videos: { url: string }[];
  dateSettings: { startTime: string; duration: string };
  lastModified: string;
}

/** What the simulator knows about a product beyond its public shape. */
export interface Product {
  id: string;
  view: ProductView;
  tagIds: string[];
  /** Price per participant, by tier name (`All`, or `Adult`/`Child`). */
  prices: TierCounts;
  capacity: number;
  /** Optional per-tier seat caps inside the slot capacity. */
  tierCaps: TierCounts | null;
  durationMinutes: number;
  pickups: PickupZone[];
}

export interface Slot {
  activityId: string;
  productId: string;
  /** The slot's calendar day, `YYYY-MM-DD`. */
  day: string;
  startMs: number;
  endMs: number;
  capacity: number;
  tierCaps: TierCounts | null;
  /** Seats held, booked or locked in a cart, by tier. */
  used: TierCounts;
}

export interface TagCategory {
  id: string;
  name: string;
  tags: { id: string; name: string }[];
}

export interface CartItem {
  slot: Slot;
  participants: TierCounts;
  total: number;
  lockExpiresAt: number;
  locationId: string | null;
  pickupDetailId: string | null;
}

/**
 * `expired`: a lock ran out and dropped items from the cart. It can still be edited (customer,
 * discount, remove, renew what is left) but can never become an order (§8.5 [A]).
 */
export type CartStatus = 'open' | 'expired' | 'ordered';

export interface Cart {
  id: string;
  createdMs: number;
  createdBy: string;
  createdByEmail: string;
  customer: Record<string, unknown>;
  items: CartItem[];
  status: CartStatus;
  orderId: string | null;
  discount: { code: string; percent: number } | null;
}

/**
 * An order's customer: every field set on the cart (title, address, custom questions…), with the
 * four the notes show always present (null when not given).
 */
export interface Person {
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  [field: string]: unknown;
}

export interface OrderItem {
  activityId: string;
  productId: string;
  startMs: number;
  endMs: number;
  participants: TierCounts;
  total: number;
}

export interface Order {
  id: string;
  confirmation: number;
  createdMs: number;
  modifiedMs: number;
  createdBy: string;
  createdByEmail: string;
  /** One per POST /order that made or extended the order, oldest first. */
  payments: Payment[];
  customer: Person;
  items: OrderItem[];
  discountAmount: number;
  total: number;
  disableConfirmationEmail: boolean;
}

/** What one POST /order paid for (API orders are paid by an external source, §7.5). */
export interface Payment {
  at: number;
  amount: number;
  referenceId: string | null;
  billing: Record<string, unknown> | null;
}

/** One create or modify of an order: a row of the transaction-date report. */
export interface OrderTransaction {
  at: number;
  kind: 'create' | 'modify';
  orderId: string;
}

export interface Checkin {
  id: string;
  orderId: string;
  confirmation: number;
  itemIndex: number | null;
  at: number;
}
