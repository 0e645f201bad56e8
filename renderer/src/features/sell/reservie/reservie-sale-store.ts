// Renderer: the Reservie part of a walk-up sale at the desk — the session, the e-mail looked up
// (the saved copy and Reservie, so a customer is never made twice), a new customer's names, how
// they pay (a full session's waiting list is read with the customer). Sending and the receipt are the shared checkout's (sale-store.ts).
// Answers for an e-mail or a session no longer on the form are dropped.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ReservieSaleOptions } from '../../../../../shared/domain/sales';
import type { Api } from '../../../../../shared/ipc/contract';
import type { AppError } from '../../../../../shared/ipc/result';
import { call } from '../../../lib/call';
import { checkEmail, type FormProblem, type PaymentKind } from './reservie-sale-form';

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
  problems: FormProblem[];
  kind: PaymentKind | null;
  customerPassId: string | null;
  passId: string | null;
  /** Opens the form (again), on a session or none: everything else starts afresh. */
  start(sessionId: string | null): void;
  chooseSession(sessionId: string): void;
  setEmail(email: string): void;
  /** Looks the typed e-mail up; true when it was asked (a valid e-mail and a session). */
  findCustomer(): Promise<boolean>;
  setName(field: 'firstName' | 'lastName', value: string): void;
  chooseKind(kind: PaymentKind): void;
  choosePass(customerPassId: string): void;
  choosePassType(passId: string): void;
  showProblems(problems: FormProblem[]): void;
}

export type ReservieSaleStore = StoreApi<ReservieSaleState>;

const FRESH = {
  email: '',
  lookedUp: null,
  phase: 'idle' as LookupPhase,
  options: null,
  lookupError: null,
  firstName: '',
  lastName: '',
  problems: [] as FormProblem[],
  kind: null,
  customerPassId: null,
  passId: null,
};

/** The first choice for each way to pay: the customer's soonest-expiring pass, the first pass type. */
function firstChoices(options: ReservieSaleOptions) {
  const kind: PaymentKind = options.customer && options.passes.length > 0 ? 'usePass' : 'pay';
  return {
    kind,
    customerPassId: options.passes[0]?.id ?? null,
    passId: options.passTypes[0]?.id ?? null,
  };
}

export function createReservieSaleStore(api: Api): ReservieSaleStore {
  return createStore<ReservieSaleState>()((set, get) => ({
    sessionId: null,
    ...FRESH,

    start: (sessionId) => set({ ...FRESH, sessionId }),

    chooseSession: (sessionId) => {
      if (sessionId === get().sessionId) return;
      // Another session: its places, waiting list and the passes that cover it are read again.
      set({ sessionId, options: null, phase: 'idle', kind: null });
      if (get().lookedUp !== null) void get().findCustomer();
    },

    setEmail: (email) => {
      // Another e-mail is another customer: what was found for the last one no longer holds.
      const same = email.trim().toLowerCase() === (get().lookedUp ?? '').toLowerCase();
      set({
        email,
        problems: get().problems.filter((p) => p.field !== 'email'),
        ...(same ? {} : { lookedUp: null, options: null, phase: 'idle' as LookupPhase, kind: null }),
      });
    },

    async findCustomer() {
      const { sessionId } = get();
      const email = get().email.trim();
      const problem = checkEmail(email);
      if (problem) {
        set({ problems: [problem, ...get().problems.filter((p) => p.field !== 'email')] });
        return false;
      }
      if (!sessionId) return false;
      set({ phase: 'loading', lookupError: null, lookedUp: email });
      const r = await call(() => api.sales.reservieOptions({ sessionId, email }));
      if (get().lookedUp !== email || get().sessionId !== sessionId) return true;
      if (!r.ok) {
        set({ phase: 'error', lookupError: r.error });
        return true;
      }
      set({ phase: 'ready', options: r.value, ...firstChoices(r.value) });
      return true;
    },

    setName: (field, value) =>
      set({ [field]: value, problems: get().problems.filter((p) => p.field !== field) }),

    chooseKind: (kind) => set({ kind, problems: get().problems.filter((p) => p.field !== 'payment') }),
    choosePass: (customerPassId) => set({ customerPassId }),
    choosePassType: (passId) => set({ passId }),
    showProblems: (problems) => set({ problems }),
  }));
}
