// Core (plain Node): the records the cache stores, as the back-end mappers produce them.
// Every field the APIs leave open is nullable; unknown extra fields are dropped by the mappers.

/** Reservie customer. */
export interface CustomerRecord {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  createdAt: string | null;
}

/** One bookable occurrence. Reservie v1 events are single sessions, so id = event id there. */
export interface SessionRecord {
  id: string;
  eventId: string;
  name: string;
  /** ISO-8601 UTC. */
  startsAt: string;
  endsAt: string;
  capacity: number | null;
  spacesAvailable: number | null;
  /** Integer minor units (pence). */
  price: number | null;
  currency: string | null;
}

/** Reservie pass type (catalogue). */
export interface PassRecord {
  id: string;
  name: string;
  credits: number | null;
  price: number | null;
  validityPeriod: number | null;
  validityUnit: string | null;
}

/** A pass held by a customer. */
export interface CustomerPassRecord {
  id: string;
  customerId: string;
  passId: string;
  remainingUses: number;
  startDate: string | null;
  expiryDate: string | null;
  /** As the back end reports it: active | exhausted | expired (others kept as-is). */
  status: string;
}

/** Who is booked on a session. */
export interface RegistrationRecord {
  id: string;
  sessionId: string;
  customerId: string;
  spaces: number;
  /** confirmed | waitlisted | cancelled */
  status: string;
  paymentMethod: string | null;
  customerPassId: string | null;
  attended: boolean | null;
  createdAt: string | null;
}

/** Resmark product. */
export interface ProductRecord {
  id: string;
  productNumber: number | null;
  productCode: string | null;
  name: string;
  quantityLabel: string | null;
  dateless: boolean;
  lastModified: string | null;
}

/** Resmark dated inventory: one timed slot of a product. */
export interface SlotRecord {
  activityId: string;
  productId: string;
  startTime: string;
  endTime: string;
  /** Price per tier name, in major units (e.g. { All: 129 }). */
  prices: Record<string, number>;
  /** Seats left per tier; "*" is a shared pool. */
  tiersAvailable: Record<string, number>;
}

export interface OrderItemRecord {
  index: number;
  activityId: string | null;
  productId: string | null;
  productName: string | null;
  startTime: string | null;
  endTime: string | null;
  /** Participants per tier, e.g. { Adult: 2, Child: 1 }. */
  participants: Record<string, number>;
  total: number | null;
}

/** Resmark order with its lead guest and items. */
export interface OrderRecord {
  id: string;
  confirmation: string;
  referenceId: string | null;
  createdDate: string;
  modifiedDate: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  total: number | null;
  items: OrderItemRecord[];
}
