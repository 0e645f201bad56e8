// Renderer: one Reservie walk-up sale at the desk — the session, the e-mail looked up (saved copy
// and Reservie), a new customer's names, how they pay, the waiting list, and the sale's answer.
// Answers for an e-mail or a session no longer on the form are dropped.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ReservieSaleOptions, SaleReceipt } from '../../../../../shared/domain/sales';
import type { Api } from '../../../../../shared/ipc/contract';
import type { AppError } from '../../../../../shared/ipc/result';
import { call } from '../../../lib/call';
import {
  checkEmail,
  defaultPayment,
  saleRequest,
  type FieldProblem,
  type PaymentChoice,
  type PaymentKind,
} from './reservie-sale-form';

export type LookupPhase = 'idle' | 'loading' | 'ready' | 'error';

export interface ReservieSaleState {
  sessionId: string | null;
  email: string;
  /** The e-mail the options were read for (what the customer section shows). */
  lookedUp: string | null;
  phase: LookupPhase;
  options: ReservieSaleOptions | null;
  lookupError: AppError | null;
  firstName: string;
  lastName: string;
  problems: FieldProblem[];
  payment: PaymentChoice | null;
  joinWaitingList: boolean;
  selling: boolean;
  sellError: AppError | null;
  receipt: SaleReceipt | null;
  /** The sale's own id, made when the form opens and kept across retried taps. */
  referenceId: string;
  /** Opens the form (again) on a session: everything else starts afresh. */
  start(sessionId: string | null): void;
  chooseSession(sessionId: string): void;
  setEmail(email: string): void;
  findCustomer(): Promise<void>;
  setName(field: 'firstName' | 'lastName', value: string): void;
  choosePaymentKind(kind: PaymentKind): void;
  setPayment(payment: PaymentChoice): void;
  setJoinWaitingList(join: boolean): void;
  sell(): Promise<SaleReceipt | null>;
}

export type ReservieSaleStore = StoreApi<ReservieSaleState>;

const newReferenceId = () => `fd-${crypto.randomUUID()}`;

const FRESH = {
  email: '',
  lookedUp: null,
  phase: 'idle' as LookupPhase,
  options: null,
  lookupError: null,
  firstName: '',
  lastName: '',
  problems: [] as FieldProblem[],
  payment: null,
  joinWaitingList: false,
  selling: false,
  sellError: null,
  receipt: null,
};

export function createReservieSaleStore(api: Api, makeId: () => string = newReferenceId): ReservieSaleStore {
  return createStore<ReservieSaleState>()((set, get) => ({
    sessionId: null,
    ...FRESH,
    referenceId: makeId(),

    start: (sessionId) => set({ ...FRESH, sessionId, referenceId: makeId() }),

    chooseSession: (sessionId) => {
      // Another session: its places, waiting list and which passes cover it are read again.
      set({ sessionId, options: null, phase: 'idle', payment: null, joinWaitingList: false, sellError: null });
      if (get().lookedUp !== null) void get().findCustomer();
    },

    setEmail: (email) => {
      // A different e-mail is a different customer: what was found for the old one no longer holds.
      const changed = email.trim().toLowerCase() !== (get().lookedUp ?? '').toLowerCase();
      set({
        email,
        problems: get().problems.filter((p) => p.field !== 'email'),
        ...(changed && get().lookedUp !== null
          ? { lookedUp: null, options: null, phase: 'idle' as LookupPhase, payment: null }
          : {}),
      });
    },

    async findCustomer() {
      const { sessionId } = get();
      const email = get().email.trim();
      const problem = checkEmail(email);
      if (problem) {
        set({ problems: [problem, ...get().problems.filter((p) => p.field !== 'email')] });
        return;
      }
      if (!sessionId) return;
      set({ phase: 'loading', lookupError: null, lookedUp: email, sellError: null });
      const r = await call(() => api.sales.reservieOptions({ sessionId, email }));
      if (get().lookedUp !== email || get().sessionId !== sessionId) return;
      if (!r.ok) {
        set({ phase: 'error', lookupError: r.error });
        return;
      }
      const options = r.value;
      const first = options.customer && options.passes.length > 0 ? 'usePass' : 'pay';
      set({
        phase: 'ready',
        options,
        payment: defaultPayment(first, options),
        joinWaitingList: false,
      });
    },

    setName: (field, value) =>
      set({ [field]: value, problems: get().problems.filter((p) => p.field !== field) }),

    choosePaymentKind: (kind) => {
      const { options } = get();
      if (options) set({ payment: defaultPayment(kind, options) });
    },

    setPayment: (payment) => set({ payment }),

    setJoinWaitingList: (joinWaitingList) => set({ joinWaitingList }),

    async sell() {
      const s = get();
      if (s.selling || !s.sessionId || !s.options || !s.payment || s.lookedUp === null) return null;
      const built = saleRequest({
        sessionId: s.sessionId,
        email: s.lookedUp,
        known: s.options.customer !== null,
        firstName: s.firstName,
        lastName: s.lastName,
        payment: s.payment,
        joinWaitingList: s.joinWaitingList,
        referenceId: s.referenceId,
      });
      if (!built.ok) {
        set({ problems: built.problems });
        return null;
      }
      set({ selling: true, sellError: null, problems: [] });
      const r = await call(() => api.sales.sell(built.request));
      if (!r.ok) {
        set({ selling: false, sellError: r.error });
        return null;
      }
      set({ selling: false, receipt: r.value });
      return r.value;
    },
  }));
}

