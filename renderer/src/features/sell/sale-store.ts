// Renderer: the checkout every desk sale ends with, whatever the back end — the tender staff
// picked, sending the sale (sales:sell), and its receipt or the core's refusal. One sale at a time;
// a retried tap re-sends the same referenceId, so the core sells it once.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../../../shared/ipc/contract';
import type { AppError } from '../../../../shared/ipc/result';
import type { SaleReceipt, SaleRequest, SaleTender } from '../../../../shared/domain/sales';
import { call } from '../../lib/call';

/** The sale's fields without the ones this store owns (the tender and the referenceId). */
export type SaleDraft =
  | Omit<Extract<SaleRequest, { backend: 'resmark' }>, 'tender' | 'referenceId'>
  | Omit<Extract<SaleRequest, { backend: 'reservie' }>, 'referenceId'>;

export interface SaleState {
  tender: SaleTender | null;
  /** Made on the first tap of a sale, kept across retries until the sale is reset. */
  referenceId: string | null;
  submitting: boolean;
  receipt: SaleReceipt | null;
  error: AppError | null;
  pickTender(tender: SaleTender): void;
  /** Sends the sale; the receipt (sent or queued) or null, with `error` set, when refused. */
  submit(draft: SaleDraft): Promise<SaleReceipt | null>;
  /** Forgets the last sale (its receipt, referenceId and tender): the next one starts clean. */
  reset(): void;
}

export type SaleStore = StoreApi<SaleState>;

const CLEAN = {
  tender: null,
  referenceId: null,
  submitting: false,
  receipt: null,
  error: null,
} satisfies Partial<SaleState>;

/** A referenceId the back ends accept: letters, digits and "-", 6–64 characters. */
export function newReferenceId(): string {
  return `desk-${crypto.randomUUID()}`;
}

export function createSaleStore(api: Api, makeId: () => string = newReferenceId): SaleStore {
  return createStore<SaleState>()((set, get) => ({
    ...CLEAN,
    pickTender: (tender) => set({ tender, error: null }),

    async submit(draft) {
      const { tender, submitting, receipt } = get();
      if (submitting || receipt) return receipt;
      if (draft.backend === 'resmark' && !tender) return null;
      const referenceId = get().referenceId ?? makeId();
      set({ submitting: true, error: null, referenceId });
      const request: SaleRequest =
        draft.backend === 'resmark'
          ? { ...draft, tender: tender ?? 'cash', referenceId }
          : { ...draft, referenceId };
      const r = await call(() => api.sales.sell(request));
      // Reset while the call was out: that sale is no longer on screen.
      if (get().referenceId !== referenceId) return null;
      if (!r.ok) {
        set({ submitting: false, error: r.error });
        return null;
      }
      set({ submitting: false, receipt: r.value });
      return r.value;
    },

    reset: () => set({ ...CLEAN }),
  }));
}
