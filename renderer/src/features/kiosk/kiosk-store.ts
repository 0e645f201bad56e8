// Renderer: the self-service kiosk's one guest at a time: what they typed or scanned, the few
// people it found (public names only), the one they chose, and how their check-in went. `reset`
// forgets all of it; the shell then reloads the page, so not even the JS heap keeps a trace.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../../../shared/ipc/contract';
import type { KioskFindResult, KioskMatch } from '../../../../shared/domain/checkin';
import type { Said } from '../../../../shared/domain/said';
import { KIOSK_MIN_QUERY_LENGTH } from '../../../../shared/domain/limits';
import type { AppError } from '../../../../shared/ipc/result';
import { call } from '../../lib/call';
import type { Timers } from './idle-timer';

/** How the check-in ended, in the guest's words. */
export type KioskOutcome =
  | { kind: 'checkedIn'; sessionName: string | null; remainingUses: number | null }
  | { kind: 'alreadyIn'; sessionName: string | null }
  /** Why, in the core's codes (said in the guest's language); null when the call itself failed. */
  | { kind: 'refused'; said: Said | null };

export type KioskScreen =
  | { name: 'start' }
  | { name: 'confirm'; person: KioskMatch; busy: boolean }
  | { name: 'result'; person: KioskMatch; outcome: KioskOutcome }
  | { name: 'staff' }
  | { name: 'outOfOrder' };

export type KioskNotice = { kind: 'cardNotFound' } | { kind: 'failed'; error: AppError };

export type FindPhase = 'idle' | 'loading' | 'ready' | 'error';

export interface KioskGuestState {
  screen: KioskScreen;
  query: string;
  phase: FindPhase;
  found: KioskFindResult | null;
  /** A scanned card that named nobody, or a look-up that failed (the core's words). */
  notice: KioskNotice | null;
  setQuery(text: string): void;
  /** A keyboard-wedge scan: one person goes straight to the confirmation. */
  scan(code: string): Promise<void>;
  choose(person: KioskMatch): void;
  confirm(): Promise<void>;
  /** Back to the start screen, keeping nothing of the guest. */
  reset(): void;
  openStaff(): void;
  outOfOrder(): void;
}

export type KioskGuestStore = StoreApi<KioskGuestState>;

/** Typing pauses this long before the look-up runs: one call per word, not per key. */
export const FIND_DEBOUNCE_MS = 250;

const EMPTY = {
  screen: { name: 'start' } as KioskScreen,
  query: '',
  phase: 'idle' as FindPhase,
  found: null,
  notice: null,
};

/** The bridge or the core itself is gone: the kiosk cannot work, it does not just lack an answer. */
const broken = (error: AppError) =>
  error.code === 'OFFLINE' || error.code === 'INTERNAL' || error.code === 'DATABASE';

export function createKioskGuestStore(api: Api, timers: Timers): KioskGuestStore {
  let pending: unknown = null;
  // Each look-up's number: an answer to an older text must not replace a newer one's.
  let seq = 0;
  const cancelPending = () => {
    if (pending !== null) timers.clearTimeout(pending);
    pending = null;
  };

  return createStore<KioskGuestState>()((set, get) => {
    const find = async (text: string, mine: number) => {
      const result = await call(() => api.checkin.kioskFind({ text }));
      if (mine !== seq) return null;
      if (result.ok) return result.value;
      if (broken(result.error)) get().outOfOrder();
      else set({ phase: 'error', found: null, notice: { kind: 'failed', error: result.error } });
      return null;
    };

    return {
      ...EMPTY,
      setQuery(text) {
        cancelPending();
        const mine = ++seq;
        if (text.trim().length < KIOSK_MIN_QUERY_LENGTH) {
          set({ query: text, phase: 'idle', found: null, notice: null });
          return;
        }
        set({ query: text, phase: 'loading', notice: null });
        pending = timers.setTimeout(() => {
          pending = null;
          void find(text, mine).then((found) => found && set({ phase: 'ready', found }));
        }, FIND_DEBOUNCE_MS);
      },
      async scan(code) {
        cancelPending();
        const mine = ++seq;
        set({ query: '', phase: 'loading', found: null, notice: null });
        const found = await find(code, mine);
        if (!found) return;
        const [only] = found.matches;
        if (found.matches.length === 1 && only)
          set({ ...EMPTY, screen: { name: 'confirm', person: only, busy: false } });
        else
          set({
            phase: 'idle',
            notice: { kind: 'cardNotFound' },
          });
      },
      choose(person) {
        cancelPending();
        seq++;
        // The list and the text go: only the chosen public name stays on screen.
        set({ ...EMPTY, screen: { name: 'confirm', person, busy: false } });
      },
      async confirm() {
        const screen = get().screen;
        if (screen.name !== 'confirm' || screen.busy) return;
        const { person } = screen;
        set({ screen: { name: 'confirm', person, busy: true } });
        const result = await call(() =>
          api.checkin.checkIn({ backend: 'reservie', customerId: person.customerId, sessionId: null }),
        );
        if (get().screen.name !== 'confirm') return; // reset while it ran
        if (!result.ok) {
          if (broken(result.error)) return get().outOfOrder();
          set({
            // The error's words are the core's English, for staff: the guest is sent to the desk.
            screen: { name: 'result', person, outcome: { kind: 'refused', said: null } },
          });
          return;
        }
        const o = result.value;
        const sessionName = o.session?.name ?? null;
        const outcome: KioskOutcome =
          o.outcome === 'checked_in'
            ? { kind: 'checkedIn', sessionName, remainingUses: o.remainingUses }
            : o.outcome === 'already_checked_in'
              ? { kind: 'alreadyIn', sessionName }
              : { kind: 'refused', said: o.said };
        set({ screen: { name: 'result', person, outcome } });
      },
      reset() {
        cancelPending();
        seq++;
        set({ ...EMPTY });
      },
      openStaff() {
        cancelPending();
        seq++;
        set({ ...EMPTY, screen: { name: 'staff' } });
      },
      outOfOrder() {
        cancelPending();
        seq++;
        set({ ...EMPTY, screen: { name: 'outOfOrder' } });
      },
    };
  });
}
