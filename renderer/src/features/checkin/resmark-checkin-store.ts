// Renderer: the check-in of the Resmark booking open on the desk: today's items and participants
// (all ticked by default), the departure picked, the outcome of "Check in N" and of Undo. One
// booking at a time; answers for a booking no longer open are dropped.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../../../shared/ipc/contract';
import type { AppError, Result } from '../../../../shared/ipc/result';
import type {
  CheckInOutcome,
  LedgerExport,
  LedgerExportQuery,
  ResmarkOrderView,
  UndoOutcome,
} from '../../../../shared/domain/checkin';
import { call } from '../../lib/call';
import type { CheckInResult } from './checkin-store';

export type ResmarkPhase = 'idle' | 'loading' | 'ready' | 'notFound' | 'error';

export interface ResmarkCheckInState {
  /** The order open on the desk (the search hit's id). */
  orderId: string | null;
  phase: ResmarkPhase;
  order: ResmarkOrderView | null;
  error: AppError | null;
  itemIndex: number | null;
  /** Participant keys ticked on the picked item. */
  ticked: string[];
  submitting: boolean;
  result: CheckInResult | null;
  submitError: AppError | null;
  undoing: boolean;
  undo: UndoOutcome | null;
  undoError: AppError | null;
  /** Opens a booking by its id or confirmation number (again: reloads, keeps nothing of the last outcome). */
  open(orderIdOrConfirmation: string): Promise<boolean>;
  close(): void;
  pickItem(itemIndex: number): void;
  toggle(participant: string): void;
  checkIn(): Promise<CheckInOutcome | null>;
  undoLast(): Promise<void>;
  /** The ledger as CSV (a day, a departure): for the download button. */
  exportCsv(query: LedgerExportQuery): Promise<Result<LedgerExport>>;
}

export type ResmarkCheckInStore = StoreApi<ResmarkCheckInState>;

const CLEAN = {
  phase: 'idle' as ResmarkPhase,
  order: null,
  error: null,
  itemIndex: null,
  ticked: [],
  submitting: false,
  result: null,
  submitError: null,
  undoing: false,
  undo: null,
  undoError: null,
};

/** Everyone on the item: staff untick who has not come. */
function allOf(order: ResmarkOrderView, itemIndex: number | null): string[] {
  return order.items.find((i) => i.itemIndex === itemIndex)?.participants.map((p) => p.key) ?? [];
}

export function createResmarkCheckInStore(
  api: Api,
  now: () => number = () => Date.now(),
): ResmarkCheckInStore {
  return createStore<ResmarkCheckInState>()((set, get) => {
    /** Re-reads the booking, keeping the picked item while it is still on today. */
    async function reload(text: string, opening: boolean): Promise<boolean> {
      const r = await call(() => api.checkin.resmarkOrder({ text }));
      const wanted = get().orderId;
      if (!opening && r.ok && r.value && wanted !== r.value.orderId) return false;
      if (!r.ok) {
        set({ phase: 'error', error: r.error });
        return false;
      }
      if (!r.value) {
        set({ phase: 'notFound', order: null });
        return false;
      }
      const order = r.value;
      const picked = get().itemIndex;
      const keep = !opening && order.items.some((i) => i.itemIndex === picked);
      const itemIndex = keep ? picked : (order.defaultItemIndex ?? order.items[0]?.itemIndex ?? null);
      set({
        orderId: order.orderId,
        phase: 'ready',
        order,
        error: null,
        itemIndex,
        ticked: allOf(order, itemIndex),
      });
      return true;
    }

    return {
      orderId: null,
      ...CLEAN,

      async open(text) {
        set({ orderId: text, ...CLEAN, phase: 'loading' });
        return reload(text, true);
      },

      close() {
        set({ orderId: null, ...CLEAN });
      },

      pickItem(itemIndex) {
        const { order } = get();
        if (!order) return;
        set({ itemIndex, ticked: allOf(order, itemIndex), result: null, undo: null });
      },

      toggle(participant) {
        const { ticked } = get();
        set({
          ticked: ticked.includes(participant)
            ? ticked.filter((k) => k !== participant)
            : [...ticked, participant],
        });
      },

      async checkIn() {
        const { orderId, order, itemIndex, ticked, submitting } = get();
        if (!orderId || !order || itemIndex === null || ticked.length === 0 || submitting) return null;
        set({ submitting: true, submitError: null, undo: null, undoError: null });
        const everyone = allOf(order, itemIndex);
        const participants = everyone.every((k) => ticked.includes(k)) ? ('all' as const) : ticked;
        const r = await call(() =>
          api.checkin.checkIn({ backend: 'resmark', orderId, itemIndex, participants }),
        );
        if (get().orderId !== orderId) return null;
        if (!r.ok) {
          set({ submitting: false, submitError: r.error });
          return null;
        }
        set({ submitting: false, result: { outcome: r.value, passName: null, receivedAt: now() } });
        await reload(orderId, false);
        return r.value;
      },

      async undoLast() {
        const { orderId, result, undoing } = get();
        const checkInId = result?.outcome.checkInId;
        if (!orderId || !checkInId || undoing) return;
        set({ undoing: true, undoError: null });
        const r = await call(() => api.checkin.undo({ checkInId }));
        if (get().orderId !== orderId) return;
        if (!r.ok) {
          set({ undoing: false, undoError: r.error });
          return;
        }
        set({ undoing: false, undo: r.value });
        await reload(orderId, false);
      },

      exportCsv: (query) => call(() => api.checkin.export(query)),
    };
  });
}
