// Renderer: the queue as the core lists it (every item, its state and what staff may do), "Send
// now", and staff's answer to an item that needs attention. Re-read whenever the core says the
// queue moved (a status push, a check-in change), so the screen never shows a stale answer.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../../../shared/ipc/contract';
import type { AppError, Result } from '../../../../shared/ipc/result';
import type {
  OutboxEntry,
  OutboxResolve,
  OutboxResolveResult,
  OutboxSendReport,
} from '../../../../shared/domain/outbox';
import type { CheckInPassOption } from '../../../../shared/domain/checkin';
import type { OutboxSlot } from '../../../../shared/domain/outbox';
import type { AvailabilityAnswer } from '../../../../shared/domain/sales';
import { call } from '../../lib/call';

export interface OutboxState {
  state: 'idle' | 'loading' | 'ready' | 'error';
  items: OutboxEntry[];
  /** A failed read; the last good list stays on screen under it. */
  error: AppError | null;
  sending: boolean;
  /** What the last "Send now" did, or why it could not. */
  sendResult: { report: OutboxSendReport } | { error: AppError } | null;
  load(): Promise<void>;
  sendNow(): Promise<void>;
  resolve(input: OutboxResolve): Promise<Result<OutboxResolveResult>>;
  /** The customer's passes as the desk sees them (for "another pass"). */
  passesOf(customerId: string): Promise<Result<CheckInPassOption[]>>;
  /** The slots of a refused sale's product on its day (for "another slot"): live, or the saved copy. */
  slotsFor(slot: OutboxSlot): Promise<Result<AvailabilityAnswer>>;
  dismissSendResult(): void;
}

export type OutboxStore = StoreApi<OutboxState>;

export function createOutboxStore(api: Api): OutboxStore {
  // A push can start a read while another is in flight: only the newest may land.
  let version = 0;
  return createStore<OutboxState>()((set, get) => ({
    state: 'idle',
    items: [],
    error: null,
    sending: false,
    sendResult: null,

    async load() {
      const mine = ++version;
      if (get().state !== 'ready') set({ state: 'loading' });
      const result = await call(() => api.outbox.list());
      if (mine !== version) return;
      if (result.ok) set({ state: 'ready', items: result.value, error: null });
      else set({ state: get().state === 'ready' ? 'ready' : 'error', error: result.error });
    },

    async sendNow() {
      set({ sending: true, sendResult: null });
      const result = await call(() => api.outbox.send());
      set({ sending: false, sendResult: result.ok ? { report: result.value } : { error: result.error } });
      await get().load();
    },

    async resolve(input) {
      const result = await call(() => api.outbox.resolve(input));
      // The last "Send now" summary no longer describes the queue once staff answered an item.
      if (result.ok) {
        set({ sendResult: null });
        await get().load();
      }
      return result;
    },

    async passesOf(customerId) {
      const result = await call(() => api.checkin.options({ customerId }));
      return result.ok ? { ok: true, value: result.value.passes } : result;
    },

    slotsFor: (slot) => call(() => api.sales.availability({ productId: slot.productId, date: slot.date })),

    dismissSendResult: () => set({ sendResult: null }),
  }));
}
