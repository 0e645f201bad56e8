// Renderer: the check-in of the customer open on the desk — their options (sessions, passes), what
// staff picked, the outcome of Check in and of Undo. One customer at a time; answers for a
// customer no longer open are dropped.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../../../shared/ipc/contract';
import type { AppError } from '../../../../shared/ipc/result';
import type { CheckInOptions, CheckInOutcome, UndoOutcome } from '../../../../shared/domain/checkin';
import { call } from '../../lib/call';

/** How long after a check-in Undo is offered (the core's rule; it refuses later ones itself). */
export const UNDO_OFFER_MS = 5 * 60 * 1000;

export type OptionsPhase = 'idle' | 'loading' | 'ready' | 'error';

export interface CheckInResult {
  outcome: CheckInOutcome;
  /** The pass's name as the options listed it, for the result line. */
  passName: string | null;
  /** When this desk received it (ms), for the Undo window. */
  receivedAt: number;
}

export interface CheckInState {
  customerId: string | null;
  /** Opened by a scan rather than from the search results. */
  scanned: boolean;
  phase: OptionsPhase;
  options: CheckInOptions | null;
  error: AppError | null;
  sessionId: string | null;
  passId: string | null;
  submitting: boolean;
  result: CheckInResult | null;
  submitError: AppError | null;
  undoing: boolean;
  undo: UndoOutcome | null;
  undoError: AppError | null;
  /** Opens a customer (again: reloads their options, keeps nothing of the last outcome). */
  open(customerId: string): Promise<void>;
  /**
   * A scanned code: when it names a customer (their id, a pass's id, their e-mail), opens them
   * (scanned) and returns true; false when it names nobody (the caller searches for it instead); the
   * open customer stays as it was.
   */
  openScanned(code: string): Promise<boolean>;
  close(): void;
  pickSession(id: string): void;
  pickPass(id: string): void;
  checkIn(): Promise<CheckInOutcome | null>;
  undoLast(): Promise<void>;
}

export type CheckInStore = StoreApi<CheckInState>;

const CLEAN = {
  phase: 'idle' as OptionsPhase,
  options: null,
  error: null,
  sessionId: null,
  passId: null,
  submitting: false,
  result: null,
  submitError: null,
  undoing: false,
  undo: null,
  undoError: null,
};

export function createCheckInStore(api: Api, now: () => number = () => Date.now()): CheckInStore {
  return createStore<CheckInState>()((set, get) => {
    /** Re-reads the options after a change, keeping staff's picks where they still exist. */
    async function reload(customerId: string) {
      const r = await call(() => api.checkin.options({ customerId }));
      if (get().customerId !== customerId) return;
      if (!r.ok) {
        set({ phase: 'error', error: r.error });
        return;
      }
      const { sessionId, passId } = get();
      const keepSession = r.value.sessions.some((s) => s.id === sessionId);
      const keepPass = r.value.passes.some((p) => p.id === passId && p.valid);
      set({
        phase: 'ready',
        options: r.value,
        error: null,
        sessionId: keepSession ? sessionId : r.value.defaultSessionId,
        passId: keepPass ? passId : r.value.defaultPassId,
      });
    }

    return {
      customerId: null,
      scanned: false,
      ...CLEAN,

      async open(customerId) {
        set({ customerId, scanned: false, ...CLEAN, phase: 'loading' });
        await reload(customerId);
      },

      async openScanned(code) {
        // A card may carry the customer's id or one of their passes' ids (or their e-mail): the core
        // knows which, from the cache, offline too.
        const who = await call(() => api.checkin.resolve({ text: code }));
        if (!who.ok || !who.value) return false;
        const customerId = who.value.customerId;
        const r = await call(() => api.checkin.options({ customerId }));
        if (!r.ok) return false;
        set({
          customerId,
          scanned: true,
          ...CLEAN,
          phase: 'ready',
          options: r.value,
          sessionId: r.value.defaultSessionId,
          passId: r.value.defaultPassId,
        });
        return true;
      },

      close() {
        set({ customerId: null, scanned: false, ...CLEAN });
      },

      pickSession: (id) => set({ sessionId: id }),
      pickPass: (id) => set({ passId: id }),

      async checkIn() {
        const { customerId, sessionId, passId, options, submitting } = get();
        if (!customerId || submitting) return null;
        set({ submitting: true, submitError: null, undo: null, undoError: null });
        const r = await call(() =>
          api.checkin.checkIn({ backend: 'reservie', customerId, sessionId, customerPassId: passId }),
        );
        if (get().customerId !== customerId) return null;
        if (!r.ok) {
          set({ submitting: false, submitError: r.error });
          return null;
        }
        const paidWith = r.value.customerPassId;
        const passName = options?.passes.find((p) => p.id === paidWith)?.passName ?? null;
        set({ submitting: false, result: { outcome: r.value, passName, receivedAt: now() } });
        await reload(customerId);
        return r.value;
      },

      async undoLast() {
        const { customerId, result, undoing } = get();
        const checkInId = result?.outcome.checkInId;
        if (!customerId || !checkInId || undoing) return;
        set({ undoing: true, undoError: null });
        const r = await call(() => api.checkin.undo({ checkInId }));
        if (get().customerId !== customerId) return;
        if (!r.ok) {
          set({ undoing: false, undoError: r.error });
          return;
        }
        set({ undoing: false, undo: r.value });
        await reload(customerId);
      },
    };
  });
}

/** Whether Undo is still offered for this result at `nowMs`. */
export function canOfferUndo(result: CheckInResult | null, undo: UndoOutcome | null, nowMs: number): boolean {
  if (!result || result.outcome.outcome !== 'checked_in' || !result.outcome.checkInId) return false;
  if (undo?.undone) return false;
  return nowMs - result.receivedAt < UNDO_OFFER_MS;
}
