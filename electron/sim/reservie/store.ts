// Simulator (plain Node): the Reservie data set in memory, with the few indexes the routes need
// (e-mail uniqueness, passes by customer, registrations by event) kept in step on every write.
import { OrderedCollection } from '../common/ordered-collection';
import type { Customer, CustomerPass, Pass, Registration, SimEvent } from './types';

type IdKind = 'cust' | 'evt' | 'pass' | 'cp' | 'reg';

export class ReservieStore {
  readonly customers = new OrderedCollection<Customer>();
  readonly events = new OrderedCollection<SimEvent>();
  readonly passes = new OrderedCollection<Pass>();
  readonly customerPasses = new OrderedCollection<CustomerPass>();
  readonly registrations = new Map<string, Registration>();
  private readonly byEmail = new Map<string, string>();
  private readonly passesByCustomer = new Map<string, CustomerPass[]>();
  private readonly registrationsByEvent = new Map<string, Registration[]>();
  private readonly counters: Record<IdKind, number> = { cust: 1000, evt: 0, pass: 0, cp: 0, reg: 0 };

  nextId(kind: IdKind): string {
    return `${kind}_${++this.counters[kind]}`;
  }

  customerIdByEmail(email: string): string | undefined {
    return this.byEmail.get(email.toLowerCase());
  }

  addCustomer(customer: Customer): Customer {
    if (customer.email) this.byEmail.set(customer.email.toLowerCase(), customer.id);
    return this.customers.add(customer);
  }

  /** Applies a change, keeping the e-mail index right. */
  updateCustomer(customer: Customer, change: Partial<Customer>): Customer {
    if (customer.email) this.byEmail.delete(customer.email.toLowerCase());
    Object.assign(customer, change);
    if (customer.email) this.byEmail.set(customer.email.toLowerCase(), customer.id);
    return customer;
  }

  removeCustomer(id: string): boolean {
    const customer = this.customers.remove(id);
    if (customer?.email) this.byEmail.delete(customer.email.toLowerCase());
    return customer !== undefined;
  }

  addCustomerPass(cp: CustomerPass): CustomerPass {
    const list = this.passesByCustomer.get(cp.customerId) ?? [];
    list.push(cp);
    this.passesByCustomer.set(cp.customerId, list);
    return this.customerPasses.add(cp);
  }

  passesOf(customerId: string): readonly CustomerPass[] {
    return this.passesByCustomer.get(customerId) ?? [];
  }

  addRegistration(registration: Registration): Registration {
    const list = this.registrationsByEvent.get(registration.eventId) ?? [];
    list.push(registration);
    this.registrationsByEvent.set(registration.eventId, list);
    this.registrations.set(registration.id, registration);
    return registration;
  }

  registrationsOf(eventId: string): readonly Registration[] {
    return this.registrationsByEvent.get(eventId) ?? [];
  }

  confirmedSpaces(eventId: string): number {
    let n = 0;
    for (const r of this.registrationsOf(eventId)) if (r.status === 'confirmed') n += r.spaces;
    return n;
  }

  /** Deleting an event deletes its register with it. */
  removeEvent(id: string): boolean {
    for (const r of this.registrationsOf(id)) this.registrations.delete(r.id);
    this.registrationsByEvent.delete(id);
    return this.events.remove(id) !== undefined;
  }
}
