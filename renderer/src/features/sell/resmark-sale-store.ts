// Renderer: the Resmark walk-up sale before its checkout — the tour, the day and its slots (live or
// the saved copy), participants per tier, and the seats held in a cart while staff take the
// details (its lock polled, released on cancel, locked again after it ran out). The checkout
// itself (tender, send, receipt) is the shared sale store's.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../../../shared/ipc/contract';
import type { AppError } from '../../../../shared/ipc/result';
import type {
  AvailabilityAnswer,
  SaleProduct,
  SeatHold,
  SlotAvailability,
} from '../../../../shared/domain/sales';
import { call } from '../../lib/call';
import type { SaleDraft } from './sale-store';
import { chosen, customerProblems, isOpen, seatsOf, type CustomerInput } from './resmark-sale-view';

export type Load = 'idle' | 'loading' | 'ready' | 'error';

/** picking: tour, day, slot, people. held: seats locked (or, offline, not), details being taken. */
export type ResmarkStep = 'picking' | 'held';

export interface ResmarkSaleState {
  productsState: Load;
  products: SaleProduct[];
  productsError: AppError | null;
  productId: string | null;
  date: string;
  availabilityState: Load;
  availability: AvailabilityAnswer | null;
  availabilityError: AppError | null;
  activityId: string | null;
  counts: Record<string, number>;
  step: ResmarkStep;
  holding: boolean;
  hold: SeatHold | null;
  holdError: AppError | null;
  /** Resmark could not be reached to hold seats: the sale goes without a hold (it is queued). */
  unheld: boolean;
  /** The lock ran out before the order: say so, offer to lock again. */
  lockLost: boolean;
  releasing: boolean;
  customer: CustomerInput;
  sendConfirmationEmail: boolean;
  /** Set by the first try to sell: from then on the form shows what is wrong with each field. */
  showProblems: boolean;

  /** Opens the sale: the tours, and the slot staff started from (its tour and day) if any. */
  start(activityId: string | null, today: string): Promise<void>;
  pickProduct(productId: string): Promise<void>;
  pickDate(date: string): Promise<void>;
  loadAvailability(): Promise<void>;
  pickSlot(activityId: string): void;
  setCount(tier: string, count: number): void;
  /** Locks the chosen seats (or, with Resmark unreachable, goes on without a lock). */
  holdSeats(): Promise<boolean>;
  /** Re-reads the lock: renewed by the core while held; runs out only if that failed. */
  checkHold(): Promise<void>;
  /** Lets the held seats go and goes back to picking (the choice stays). */
  changeSeats(): Promise<void>;
  /** Lets the held seats go; the sale is abandoned. */
  cancel(): Promise<void>;
  setCustomer(field: keyof CustomerInput, value: string): void;
  setSendConfirmationEmail(send: boolean): void;
  /** The sale as the checkout sends it, or null (with problems shown) while something is missing. */
  draft(): SaleDraft | null;
  /** The sale was made: the hold belongs to the order now; start the next sale clean. */
  sold(): void;
  /** Back to a clean form (the tours stay loaded). */
  reset(today: string): void;
}

export type ResmarkSaleStore = StoreApi<ResmarkSaleState>;

const EMPTY_CUSTOMER: CustomerInput = { firstName: '', lastName: '', email: '', phone: '' };

const fresh = (today: string) => ({
  productId: null,
  date: today,
  availabilityState: 'idle' as Load,
  availability: null,
  availabilityError: null,
  activityId: null,
  counts: {},
  step: 'picking' as ResmarkStep,
  holding: false,
  hold: null,
  holdError: null,
  unheld: false,
  lockLost: false,
  releasing: false,
  customer: EMPTY_CUSTOMER,
  sendConfirmationEmail: true,
  showProblems: false,
});

export function createResmarkSaleStore(api: Api, now: () => number = () => Date.now()): ResmarkSaleStore {
  // Each availability read gets a number: a late answer for an earlier tour or day is dropped.
  let asked = 0;
  return createStore<ResmarkSaleState>()((set, get) => {
    async function letGo(): Promise<void> {
      const hold = get().hold;
      if (!hold) return;
      set({ releasing: true });
      // Best effort: a hold the core no longer has (sold, ran out) has nothing to release.
      await call(() => api.sales.releaseSeats({ holdId: hold.holdId }));
      set({ releasing: false, hold: null });
    }

    return {
      productsState: 'idle',
      products: [],
      productsError: null,
      ...fresh(''),

      async start(activityId, today) {
        set({ ...fresh(today), productsState: 'loading', productsError: null });
        const r = await call(() => api.sales.products(activityId ? { activityId } : undefined));
        if (!r.ok) {
          set({ productsState: 'error', productsError: r.error });
          return;
        }
        const { products, slot: from } = r.value;
        const productId = from?.productId ?? (products.length === 1 ? products[0]!.id : null);
        set({
          productsState: 'ready',
          products,
          productId,
          date: from?.date ?? today,
          activityId: from?.activityId ?? null,
        });
        if (productId) await get().loadAvailability();
      },

      async pickProduct(productId) {
        set({ productId, activityId: null, counts: {} });
        await get().loadAvailability();
      },

      async pickDate(date) {
        set({ date, activityId: null, counts: {} });
        await get().loadAvailability();
      },

      async loadAvailability() {
        const { productId, date } = get();
        if (!productId || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
        const mine = ++asked;
        set({ availabilityState: 'loading', availabilityError: null });
        const r = await call(() => api.sales.availability({ productId, date }));
        if (mine !== asked) return;
        if (!r.ok) {
          set({ availabilityState: 'error', availabilityError: r.error, availability: null });
          return;
        }
        // The slot staff started from or picked stays picked while it can still be sold.
        const keep = r.value.slots.some((s) => s.activityId === get().activityId && isOpen(s, now()));
        set({
          availabilityState: 'ready',
          availability: r.value,
          activityId: keep ? get().activityId : null,
          counts: keep ? get().counts : {},
        });
      },

      pickSlot: (activityId) => set({ activityId, counts: {}, holdError: null }),

      setCount(tier, count) {
        if (get().step !== 'picking') return;
        set({ counts: { ...get().counts, [tier]: Math.max(0, Math.floor(count)) }, holdError: null });
      },

      async holdSeats() {
        const { activityId, counts, holding } = get();
        if (!activityId || holding || seatsOf(counts) === 0) return false;
        set({ holding: true, holdError: null });
        const r = await call(() => api.sales.holdSeats({ activityId, participants: chosen(counts) }));
        if (get().activityId !== activityId) return false;
        if (r.ok) {
          set({ holding: false, hold: r.value, step: 'held', unheld: false, lockLost: false });
          return true;
        }
        if (r.error.code === 'OFFLINE') {
          // No lock without Resmark: the sale is taken anyway and queued, checked against the saved copy.
          set({ holding: false, hold: null, step: 'held', unheld: true, lockLost: false });
          return true;
        }
        set({ holding: false, holdError: r.error });
        return false;
      },

      async checkHold() {
        const hold = get().hold;
        if (!hold) return;
        const r = await call(() => api.sales.holdState({ holdId: hold.holdId }));
        if (get().hold?.holdId !== hold.holdId) return;
        if (r.ok) {
          set(r.value.expired ? { hold: null, lockLost: true } : { hold: r.value });
        } else if (r.error.code === 'NOT_FOUND') {
          set({ hold: null, lockLost: true });
        }
      },

      async changeSeats() {
        await letGo();
        set({ step: 'picking', unheld: false, lockLost: false, holdError: null });
        await get().loadAvailability();
      },

      async cancel() {
        await letGo();
      },

      setCustomer: (field, value) => set({ customer: { ...get().customer, [field]: value } }),
      setSendConfirmationEmail: (send) => set({ sendConfirmationEmail: send }),

      draft() {
        const { activityId, counts, customer, sendConfirmationEmail, hold, step, lockLost } = get();
        if (!activityId || step !== 'held' || lockLost) return null;
        if (Object.keys(customerProblems(customer, sendConfirmationEmail)).length > 0) {
          set({ showProblems: true });
          return null;
        }
        const phone = customer.phone.trim();
        const email = customer.email.trim();
        return {
          backend: 'resmark',
          activityId,
          participants: chosen(counts),
          firstName: customer.firstName.trim(),
          lastName: customer.lastName.trim(),
          ...(email ? { email } : {}),
          ...(phone ? { phone } : {}),
          sendConfirmationEmail,
          ...(hold ? { holdId: hold.holdId } : {}),
        };
      },

      sold: () => set({ hold: null }),

      reset(today) {
        asked++;
        set({ ...fresh(today) });
      },
    };
  });
}

/** The slot picked, from the availability on screen. */
export function pickedSlot(
  s: Pick<ResmarkSaleState, 'availability' | 'activityId'>,
): SlotAvailability | null {
  return s.availability?.slots.find((x) => x.activityId === s.activityId) ?? null;
}
