// Core test support (plain Node): record builders with dull defaults; tests override what matters.
import type {
  CustomerPassRecord,
  CustomerRecord,
  OrderRecord,
  RegistrationRecord,
  SessionRecord,
  SlotRecord,
} from '../records';

export const customer = (id: string, over: Partial<CustomerRecord> = {}): CustomerRecord => ({
  id,
  firstName: 'Test',
  lastName: `Person ${id}`,
  email: null,
  phone: null,
  createdAt: null,
  ...over,
});

export const session = (id: string, startsAt: string, over: Partial<SessionRecord> = {}): SessionRecord => ({
  id,
  eventId: id,
  name: `Class ${id}`,
  startsAt,
  endsAt: new Date(Date.parse(startsAt) + 3_600_000).toISOString(),
  capacity: 12,
  spacesAvailable: 12,
  price: 1200,
  currency: 'GBP',
  ...over,
});

export const registration = (
  id: string,
  sessionId: string,
  over: Partial<RegistrationRecord> = {},
): RegistrationRecord => ({
  id,
  sessionId,
  customerId: 'c1',
  spaces: 1,
  status: 'confirmed',
  paymentMethod: null,
  customerPassId: null,
  attended: null,
  createdAt: null,
  ...over,
});

export const customerPass = (
  id: string,
  customerId: string,
  over: Partial<CustomerPassRecord> = {},
): CustomerPassRecord => ({
  id,
  customerId,
  passId: 'p1',
  remainingUses: 5,
  startDate: null,
  expiryDate: null,
  status: 'active',
  ...over,
});

export const slot = (
  activityId: string,
  productId: string,
  startTime: string,
  over: Partial<SlotRecord> = {},
): SlotRecord => ({
  activityId,
  productId,
  startTime,
  endTime: new Date(Date.parse(startTime) + 7_200_000).toISOString(),
  prices: { All: 129 },
  tiersAvailable: { '*': 10 },
  ...over,
});

export const order = (id: string, over: Partial<OrderRecord> = {}): OrderRecord => ({
  id,
  confirmation: `RM-${id}`,
  referenceId: null,
  createdDate: '2025-05-01T09:00:00Z',
  modifiedDate: null,
  firstName: 'Lead',
  lastName: `Guest ${id}`,
  email: null,
  phone: null,
  total: 100,
  items: [],
  ...over,
});
