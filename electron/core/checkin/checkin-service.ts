// Core (plain Node): check-in at the desk, end to end: gather what the pure rules need (live when
// the back end answers within ~1.5 s, else the cache), decide, and write the ledger fact and its
// outbox item in ONE transaction before answering. The rules themselves are reservie-decision.ts.
import type {
  CheckInOptions,
  CheckInOutcome,
  ReservieCheckInRequest,
  ResolvedPerson,
  TodaySession,
  UndoOutcome,
} from '../../../shared/domain/checkin';
import type { Said } from '../../../shared/domain/said';
import { CoreError } from '../../../shared/ipc/core-error';
import type { Clock, Logger } from '../ports';
import type { OutboxAccount } from '../store/outbox-account';
import type { OutboxDb } from '../store/open-database';
import type { OutboxStore } from '../store/outbox-store';
import type { CachedPass, CachedSession, CheckInReads } from '../store/checkin-reads';
import type { RegistrationRecord } from '../store/records';
import type { ReservieClient } from '../backends/reservie/reservie-client';
import type { CheckInSettings } from './checkin-settings';
import { reservieWindow } from './checkin-window';
import type { CheckInLedger } from './ledger-store';
import type { LedgerCheckIn } from './ledger-types';
import { choosePass, passProblem, spendPending, type HeldPass } from './pass-choice';
import { decideReservieCheckIn, type ReservieSessionInput } from './reservie-decision';
import { chooseSession, defaultSession } from './session-choice';
import { pick, saying } from '../../../shared/domain/said-english';
import { decideUndo, type WriteBackProgress } from './undo-decision';
import { localDay } from './venue-time';
import { PASS_REGISTRATION, type PassRegistrationPayload } from './pass-registration';
import type { KioskSearch } from '../store/kiosk-search';
import { kioskFind } from './kiosk-find';
import { publicName } from './public-name';

/** How long a check-in waits for live data before it decides from the cache. */
export const LIVE_READ_TIMEOUT_MS = 1500;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReservieLink {
  api: Pick<ReservieClient, 'listCustomerPasses' | 'listRegistrations'>;
  account: OutboxAccount;
  /** False when the connectivity code already knows the back end is down: do not wait for it. */
  online(): boolean;
}

export interface CheckInServiceDeps {
  reads(): CheckInReads;
  /** The kiosk's narrow look-up over the current cache. */
  kioskSearch(): KioskSearch;
  /** A session's register as cached. */
  cachedRegistrations(sessionId: string): RegistrationRecord[];
  ledger(): CheckInLedger;
  outbox(): OutboxStore;
  /** The outbox connection: ledger and outbox share it, so one transaction covers both. */
  outboxDb(): OutboxDb;
  reservie(): ReservieLink | null;
  settings(): CheckInSettings;
  clock: Clock;
  logger: Logger;
  liveTimeoutMs?: number;
  /** Told after a write-back was queued (the sender starts) and after anything changed. */
  onQueued(): void;
  onChanged(change: { backend: 'reservie' | 'resmark'; sessionId: string }): void;
}

export type CheckInService = ReturnType<typeof createCheckInService>;

export function createCheckInService(d: CheckInServiceDeps) {
  const timeoutMs = d.liveTimeoutMs ?? LIVE_READ_TIMEOUT_MS;

  const todaysSessions = (now: Date): CachedSession[] => {
    const tz = d.settings().timeZone;
    const today = localDay(now, tz);
    const from = new Date(now.getTime() - DAY_MS).toISOString();
    const to = new Date(now.getTime() + DAY_MS).toISOString();
    return d
      .reads()
      .sessionsBetween(from, to)
      .filter((s) => localDay(new Date(s.startsAt), tz) === today);
  };

  const heldPasses = (passes: readonly CachedPass[]): HeldPass[] => {
    const pending = d.ledger().pendingPassUses(passes.map((p) => p.id));
    return passes.map((p) =>
      spendPending(
        {
          id: p.id,
          passName: p.passName,
          remainingUses: p.remainingUses,
          startDate: p.startDate,
          expiryDate: p.expiryDate,
          status: p.status,
          usedUpOn: null,
        },
        pending.get(p.id) ?? 0,
      ),
    );
  };

  const mustCustomer = (id: string) => {
    const c = d.reads().customer(id);
    if (!c) throw new CoreError('NOT_FOUND', 'No customer with that id in the offline copy.');
    return { id: c.id, name: `${c.firstName} ${c.lastName}`.trim() };
  };

  /**
   * The customer's passes and the session's register from the back end, within the timeout; null
   * (decide from the cache) when it is down, slow or answers something we cannot read.
   */
  const readLive = async (
    link: ReservieLink,
    customerId: string,
    sessionId: string,
  ): Promise<{ passes: CachedPass[]; registrations: RegistrationRecord[] } | null> => {
    if (!link.online()) return null;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    try {
      const o = { lane: 'interactive' as const, signal: abort.signal };
      const [passes, registrations] = await Promise.all([
        allPages((page) => link.api.listCustomerPasses({ ...o, page, perPage: 100, customerId })),
        allPages((page) => link.api.listRegistrations(sessionId, { ...o, page, perPage: 100 })),
      ]);
      const mine = passes.filter((p) => p.customerId === customerId);
      // What the server said is the best copy there is: keep it for the next decision offline.
      for (const p of mine) d.reads().putCustomerPass(p);
      return {
        passes: mine.map((p) => ({ ...p, passName: d.reads().passName(p.passId) ?? 'Pass' })),
        registrations,
      };
    } catch (error) {
      d.logger.info('check-in decides from the cache: live read failed', {
        error: error instanceof Error ? error.message : String(error),
      });
      return null;
    } finally {
      clearTimeout(timer);
    }
  };

  const sessionInput = (s: CachedSession): ReservieSessionInput => ({
    id: s.id,
    eventId: s.eventId,
    name: s.name,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
  });

  const checkIn = async (req: ReservieCheckInRequest): Promise<CheckInOutcome> => {
    const settings = d.settings();
    const customer = mustCustomer(req.customerId);
    const startedAt = d.clock.now();
    const sessions = todaysSessions(startedAt);
    const range = rangeOf(startedAt);
    const bookedOn = d.reads().bookedSessions(customer.id, range.from, range.to);
    const choice = chooseSession(sessions, startedAt, settings, req.sessionId ?? null, bookedOn);
    if (!choice.ok) return refusal(choice.reason, choice, 'cache', false);

    const session = choice.session;
    const link = d.reservie();
    const live = link ? await readLive(link, customer.id, session.id) : null;
    const now = d.clock.now();
    const passes = live?.passes ?? d.reads().passesOf(customer.id);
    const register = live?.registrations ?? d.cachedRegistrations(session.id);
    const registrations = register.filter((r) => r.customerId === customer.id);
    const booked = register.filter((r) => r.status === 'confirmed').reduce((n, r) => n + r.spaces, 0);
    const decidedFrom = live ? 'live' : 'cache';

    // Decide and write inside one IMMEDIATE transaction: the "already in?" read, the pending uses
    // and the writes see one state, so two windows cannot spend the same use.
    const run = d.outboxDb().transaction((): CheckInOutcome => {
      const ledger = d.ledger();
      const existing = ledger.activeCheckIn('reservie', session.id, customer.id);
      const decision = decideReservieCheckIn({
        now,
        settings,
        session: sessionInput(session),
        customer,
        registrations,
        passes: heldPasses(passes),
        pickedPassId: req.customerPassId ?? null,
        existing: existing ? { id: existing.id, at: existing.at, deskName: existing.deskName } : null,
        room: {
          capacity: session.capacity,
          booked,
          queuedHere: ledger.pendingWalkIns('reservie', session.id),
        },
      });
      if (decision.outcome === 'refused')
        return refusal(decision.reason, decision, decidedFrom, decision.offerPassSale);
      if (decision.outcome === 'already_checked_in')
        return fromLedger(existing!, 'already_checked_in', decision, decidedFrom);

      const result = ledger.recordCheckIn(decision.record, { writeBack: decision.writeBack !== null });
      if (!result.recorded)
        return fromLedger(
          result.existing,
          'already_checked_in',
          saying({ code: 'already.plain' }),
          decidedFrom,
        );
      if (decision.writeBack && link) {
        const payload: PassRegistrationPayload = {
          sessionId: session.id,
          customerId: customer.id,
          customerPassId: decision.writeBack.body.customerPassId,
        };
        d.outbox().enqueue({
          kind: PASS_REGISTRATION,
          account: link.account,
          referenceId: result.checkIn.id,
          payload,
        });
      } else if (decision.writeBack) {
        throw new CoreError('NOT_CONFIGURED', 'Reservie is not connected, so a pass cannot be used.');
      }
      return {
        ...fromLedger(result.checkIn, 'checked_in', decision, decidedFrom),
        remainingUses: decision.remainingUses,
      };
    });
    const outcome = run.immediate();
    if (outcome.outcome === 'checked_in') {
      if (outcome.state === 'saved') d.onQueued();
      d.onChanged({ backend: 'reservie', sessionId: session.id });
    }
    return outcome;
  };

  const options = (customerId: string): CheckInOptions => {
    const settings = d.settings();
    const customer = mustCustomer(customerId);
    const now = d.clock.now();
    const sessions = todaysSessions(now);
    const range = rangeOf(now);
    const booked = d.reads().bookedSessions(customer.id, range.from, range.to);
    const held = heldPasses(d.reads().passesOf(customer.id));
    const today = localDay(now, settings.timeZone);
    const chosen = choosePass(held, today, null);
    return {
      customer,
      sessions: sessions.map((s) => {
        const w = reservieWindow(s, now, settings);
        const c = d.ledger().activeCheckIn('reservie', s.id, customer.id);
        return {
          id: s.id,
          name: s.name,
          startsAt: s.startsAt,
          endsAt: s.endsAt,
          open: w.open,
          closedMessage: w.open ? null : w.message,
          closedSaid: w.open ? null : w.said,
          booked: booked.has(s.id),
          checkedIn: c ? { checkInId: c.id, at: c.at, deskName: c.deskName } : null,
        };
      }),
      defaultSessionId: defaultSession(sessions, now, settings, booked)?.id ?? null,
      passes: held.map((p) => {
        const problem = passProblem(p, today);
        return {
          id: p.id,
          passName: p.passName,
          remainingUses: p.remainingUses,
          startDate: p.startDate,
          expiryDate: p.expiryDate,
          valid: problem === null,
          problem: problem?.message ?? null,
          problemSaid: problem?.said ?? null,
        };
      }),
      defaultPassId: chosen.ok ? chosen.pass.id : null,
    };
  };

  const progressOf = (c: LedgerCheckIn): WriteBackProgress => {
    // Withdrawn: dismissed by staff (an undo cannot come twice), so nothing is left to take back.
    if (c.writeBack === 'ledger_only' || c.writeBack === 'withdrawn') return 'none';
    if (c.writeBack === 'confirmed') return 'sent';
    if (c.writeBack === 'needs_attention') return 'needs_attention';
    const item = d.outbox().get(c.id);
    if (item?.status === 'sending') return 'sending';
    if (item?.status === 'sent') return 'sent';
    // An attempt whose outcome is unknown may have arrived: not safe to withdraw as unsent.
    if (item?.outcomeUnknown) return 'sending';
    return 'waiting';
  };

  const undo = (checkInId: string): UndoOutcome => {
    const run = d.outboxDb().transaction((): UndoOutcome & { sessionId: string } => {
      const ledger = d.ledger();
      const c = ledger.get(checkInId);
      if (!c) throw new CoreError('NOT_FOUND', 'That check-in is not in the ledger.');
      const decision = decideUndo({
        now: d.clock.now(),
        timeZone: d.settings().timeZone,
        checkIn: { id: c.id, at: c.at },
        undone: c.undo !== null,
        writeBack: progressOf(c),
      });
      if (!decision.allowed)
        return { undone: false, ...pick(decision), note: null, noteSaid: null, sessionId: c.session.id };
      if (decision.withdrawWriteBack && d.outbox().get(c.id)) d.outbox().withdraw(c.id);
      ledger.recordUndo(c.id, {
        at: d.clock.now().toISOString(),
        note: decision.note,
        withdrawWriteBack: decision.withdrawWriteBack,
      });
      const { note, noteSaid } = decision;
      return { undone: true, ...pick(decision), note, noteSaid, sessionId: c.session.id };
    });
    const { sessionId, ...outcome } = run.immediate();
    if (outcome.undone) d.onChanged({ backend: 'reservie', sessionId });
    return outcome;
  };

  const today = (): TodaySession[] => {
    const now = d.clock.now();
    const counts = d.ledger().countsBySession('reservie');
    return todaysSessions(now).map((s) => ({
      id: s.id,
      backend: 'reservie',
      name: s.name,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      booked: d
        .cachedRegistrations(s.id)
        .filter((r) => r.status === 'confirmed')
        .reduce((n, r) => n + r.spaces, 0),
      checkedIn: counts.get(s.id) ?? 0,
    }));
  };

  const resolve = (text: string): ResolvedPerson | null => {
    const r = d.reads();
    const t = text.trim();
    if (r.customer(t)) return { customerId: t, matched: 'customerId' };
    const holder = r.customerOfPass(t);
    if (holder) return { customerId: holder, matched: 'customerPassId' };
    const byEmail = r.customersByEmail(t);
    // Two customers sharing an e-mail is not one person: let staff search instead.
    if (byEmail.length === 1) return { customerId: byEmail[0]!, matched: 'email' };
    return null;
  };

  /** Whether a pass of theirs can pay today (outbox "another pass"): the check-in's own rule. */
  const passCanPay = (
    customerId: string,
    customerPassId: string,
  ): { ok: true; passName: string } | { ok: false; message: string } => {
    const today = localDay(d.clock.now(), d.settings().timeZone);
    const choice = choosePass(heldPasses(d.reads().passesOf(customerId)), today, customerPassId);
    return choice.ok ? { ok: true, passName: choice.pass.passName } : { ok: false, message: choice.message };
  };

  const findForKiosk = (text: string) =>
    kioskFind(text, {
      resolve,
      customerName: (id) => d.reads().customer(id),
      search: d.kioskSearch(),
    });

  /** "Ann K." for a customer in the cache; NOT_FOUND otherwise, as `options` answers. */
  const publicNameOf = (customerId: string) => {
    const c = d.reads().customer(customerId);
    if (!c) throw new CoreError('NOT_FOUND', 'No customer with that id in the offline copy.');
    return publicName(c.firstName, c.lastName);
  };

  return {
    checkIn,
    options,
    undo,
    today,
    resolve,
    passCanPay,
    kioskFind: findForKiosk,
    publicName: publicNameOf,
  };
}

function rangeOf(now: Date) {
  return {
    from: new Date(now.getTime() - DAY_MS).toISOString(),
    to: new Date(now.getTime() + DAY_MS).toISOString(),
  };
}

async function allPages<T>(
  read: (page: number) => Promise<{ items: T[]; total: number | null; perPage: number }>,
): Promise<T[]> {
  const all: T[] = [];
  for (let page = 1; page <= 50; page++) {
    const p = await read(page);
    all.push(...p.items);
    const done = p.items.length < p.perPage || (p.total !== null && all.length >= p.total);
    if (done) return all;
  }
  return all;
}

function refusal(
  reason: string,
  words: { message: string; said: Said },
  decidedFrom: 'live' | 'cache',
  offerPassSale: boolean,
): CheckInOutcome {
  return {
    outcome: 'refused',
    ...pick(words),
    reason,
    checkInId: null,
    session: null,
    customerPassId: null,
    remainingUses: null,
    state: null,
    decidedFrom,
    offerPassSale,
  };
}

function fromLedger(
  c: LedgerCheckIn,
  outcome: 'checked_in' | 'already_checked_in',
  words: { message: string; said: Said },
  decidedFrom: 'live' | 'cache',
): CheckInOutcome {
  return {
    outcome,
    ...pick(words),
    reason: null,
    checkInId: c.id,
    session: c.session,
    customerPassId: c.paidBy.method === 'pass' ? c.paidBy.customerPassId : null,
    remainingUses: null,
    state: c.writeBack === 'ledger_only' ? null : c.writeBack,
    decidedFrom,
    offerPassSale: false,
  };
}
