// Simulator (plain Node): Reservie v1 records as the simulator stores them (reservie.md §7).
// Stored shapes are the wire shapes minus computed fields (spacesAvailable, status).

export interface Customer {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A v1 event is one session (§10.3 [A]). Money in pence (§10.14 [A]). */
export interface SimEvent {
  id: string;
  name: string;
  description: string;
  startsAt: string;
  durationMinutes: number;
  capacity: number;
  waitingListEnabled: boolean;
  price: number;
  currency: string;
  createdAt: string;
  updatedAt: string;
}

export type RegistrationStatus = 'confirmed' | 'waitlisted' | 'cancelled';
export type PaymentMethod = 'card' | 'cash' | 'pass' | 'free';

export interface Registration {
  id: string;
  eventId: string;
  customerId: string;
  spaces: number;
  status: RegistrationStatus;
  paymentMethod: PaymentMethod;
  customerPassId: string | null;
  attended: boolean | null;
  createdAt: string;
}

export type ValidityUnit = 'days' | 'weeks' | 'months';

export interface Pass {
  id: string;
  name: string;
  credits: number;
  price: number;
  validityPeriod: number;
  validityUnit: ValidityUnit;
  createdAt: string;
}

export interface CustomerPass {
  id: string;
  customerId: string;
  passId: string;
  remainingUses: number;
  /** `YYYY-MM-DD` */
  startDate: string;
  /** `YYYY-MM-DD`, the last day the pass can be used. */
  expiryDate: string;
  updatedAt: string;
}

export type CustomerPassStatus = 'active' | 'exhausted' | 'expired';
