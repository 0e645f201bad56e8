// Core (plain Node): Resmark check-in at the desk, end to end. Resmark has no check-in API
// (resmark.md §7.7, §8.1), so this decides from the cached order (offline too) with the pure rules
// in resmark-decision.ts and writes ledger facts only: nothing is queued, nothing is sent.
import type {
  CheckInOutcome,
  ResmarkCheckInRequest,
  ResmarkOrderView,
  ResmarkParticipantOutcome,
  TodaySession,
  UndoOutcome,
} from '../../../shared/domain/checkin';
import type { Said } from '../../../shared/domain/said';
import { CoreError } from '../../../shared/ipc/core-error';
import type { Clock } from '../ports';
import type { OutboxDb } from '../store/open-database';
import type { OrderRecord } from '../store/records';
import type { ResmarkCheckInReads } from '../store/resmark-checkin-reads';
import type { CheckInSettings } from './checkin-settings';
import type { ExistingCheckIn } from './checkin-types';
import { resmarkWindow } from './checkin-window';
import type { CheckInLedger } from './ledger-store';
import type { LedgerCheckIn } from './ledger-types';
import { personIdOf } from './person-id';
import { alreadyCheckedIn } from './reservie-decision';
import { decideResmarkCheckIn, itemToCheckIn, todaysItems, type TodaysItem } from './resmark-decision';
import { pick, saying } from '../../../shared/domain/said-english';
import { decideUndo } from './undo-decision';
import { localDay } from './venue-time';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ResmarkCheckInDeps {
  reads(): ResmarkCheckInReads;
  ledger(): CheckInLedger;
  /** The ledger's connection: the "already in?" reads and the writes share one transaction. */
  outboxDb(): OutboxDb;
  settings(): CheckInSettings;
  clock: Clock;
  onChanged(change: { backend: 'resmark'; sessionId: string }): void;
}

export type ResmarkCheckInService = ReturnType<typeof createResmarkCheckInService>;

export function createResmarkCheckInService(d: ResmarkCheckInDeps) {
  const personKey = (order: OrderRecord, t: TodaysItem, participant: string) =>
    personIdOf({
      kind: 'participant',
      orderId: order.id,
      confirmation: order.confirmation,
      itemIndex: t.item.index,
      participant,
      name: '',
    });

  /** The item's participants who are in (not undone), by participant key. */
  const checkedIn = (order: OrderRecord, t: TodaysItem): Map<string, LedgerCheckIn> => {
    const ledger = d.ledger();
    const found = new Map<string, LedgerCheckIn>();
    for (const p of t.participants) {
      const c = ledger.activeCheckIn('resmark', t.departureId, personKey(order, t, p.key));
      if (c) found.set(p.key, c);
    }
    return found;
  };

  const view = (order: OrderRecord): ResmarkOrderView => {
    const settings = d.settings();
    const now = d.clock.now();
    const items = todaysItems(order, now, settings.timeZone);
    const chosen = itemToCheckIn(items, now, settings);
    return {
      orderId: order.id,
      confirmation: order.confirmation,
      name: leadName(order),
      email: order.email,
      items: items.map((t) => {
        const w = resmarkWindow(t.item.startTime!, now, settings);
        const inAlready = checkedIn(order, t);
        return {
          itemIndex: t.item.index,
          departureId: t.departureId,
          productName: sessionOf(t).name,
          startsAt: t.item.startTime!,
          endsAt: t.item.endTime,
          open: w.open,
          closedMessage: w.open ? null : w.message,
          closedSaid: w.open ? null : w.said,
          participants: t.participants.map((p) => {
            const c = inAlready.get(p.key);
            return {
              key: p.key,
              label: p.label,
              checkedIn: c ? { checkInId: c.id, at: c.at, deskName: c.deskName } : null,
            };
          }),
        };
      }),
      defaultItemIndex: chosen?.open ? chosen.item.item.index : null,
    };
  };

  const findOrder = (text: string): ResmarkOrderView | null => {
    const order = d.reads().findOrder(text);
    return order ? view(order) : null;
  };

  const checkIn = (req: ResmarkCheckInRequest): CheckInOutcome => {
    const order = d.reads().order(req.orderId);
    if (!order) throw new CoreError('NOT_FOUND', 'No tour booking with that id in the offline copy.');
    const settings = d.settings();
    const now = d.clock.now();
    const items = todaysItems(order, now, settings.timeZone);
    const itemIndex = req.itemIndex ?? itemToCheckIn(items, now, settings)?.item.item.index ?? -1;
    const target = items.find((t) => t.item.index === itemIndex);

    // One IMMEDIATE transaction: the "already in?" reads and the new facts see one state, so two
    // windows checking in the same booking cannot both record a participant.
    const run = d.outboxDb().transaction((): CheckInOutcome => {
      const inAlready = target ? checkedIn(order, target) : new Map<string, LedgerCheckIn>();
      const existing = new Map<string, ExistingCheckIn>(
        [...inAlready].map(([k, c]) => [k, { id: c.id, at: c.at, deskName: c.deskName }]),
      );
      const decision = decideResmarkCheckIn({
        now,
        settings,
        order,
        itemIndex,
        participants: req.participants,
        existing,
      });
      const session = target ? sessionOf(target) : null;
      if (decision.outcome === 'refused') return refusal(decision.reason, decision, session);
      const t = target!;
      const label = (key: string) => t.participants.find((p) => p.key === key)?.label ?? key;
      const earlier = (key: string, words: { message: string; said: Said }): ResmarkParticipantOutcome => ({
        participant: key,
        label: label(key),
        outcome: 'already_checked_in',
        checkInId: inAlready.get(key)!.id,
        ...pick(words),
      });
      if (decision.outcome === 'already_checked_in') {
        const keys =
          req.participants === 'all' ? t.participants.map((p) => p.key) : [...new Set(req.participants)];
        return {
          ...base(session!),
          outcome: 'already_checked_in',
          ...pick(decision),
          checkInId: decision.existing.id,
          participants: keys.map((k) =>
            earlier(k, alreadyCheckedIn(existing.get(k)!, now, settings.timeZone)),
          ),
        };
      }
      const ledger = d.ledger();
      const fresh: ResmarkParticipantOutcome[] = decision.records.map((record) => {
        const key = record.person.kind === 'participant' ? record.person.participant : '';
        const r = ledger.recordCheckIn(record, { writeBack: false });
        return r.recorded
          ? {
              participant: key,
              label: label(key),
              outcome: 'checked_in',
              checkInId: r.checkIn.id,
              message: null,
              said: null,
            }
          : {
              participant: key,
              label: label(key),
              outcome: 'already_checked_in',
              checkInId: r.existing.id,
              ...saying({ code: 'already.onDesk', desk: r.existing.deskName }),
            };
      });
      const participants = [...fresh, ...decision.alreadyIn.map((a) => earlier(a.participant, a))];
      const firstNew = fresh.find((p) => p.outcome === 'checked_in');
      return {
        ...base(session!),
        outcome: 'checked_in',
        ...pick(decision),
        checkInId: firstNew?.checkInId ?? null,
        participants,
      };
    });
    const outcome = run.immediate();
    if (outcome.outcome === 'checked_in' && outcome.session)
      d.onChanged({ backend: 'resmark', sessionId: outcome.session.id });
    return outcome;
  };

  /** Whether a check-in id is one of ours (a Resmark participant's): undo goes through here then. */
  const owns = (checkInId: string): boolean => d.ledger().get(checkInId)?.backend === 'resmark';

  /**
   * Undoes a Resmark check-in and the others made with it in one go (same desk, same moment, same
   * order and departure): "Check in 3" has one Undo. Nothing was sent, so nothing is withdrawn.
   */
  const undo = (checkInId: string): UndoOutcome => {
    const run = d.outboxDb().transaction((): UndoOutcome & { sessionId: string } => {
      const ledger = d.ledger();
      const c = ledger.get(checkInId);
      if (!c || c.backend !== 'resmark' || c.person.kind !== 'participant')
        throw new CoreError('NOT_FOUND', 'That tour check-in is not in the ledger.');
      const decision = decideUndo({
        now: d.clock.now(),
        timeZone: d.settings().timeZone,
        checkIn: { id: c.id, at: c.at },
        undone: c.undo !== null,
        writeBack: 'none',
      });
      if (!decision.allowed)
        return { undone: false, ...pick(decision), note: null, noteSaid: null, sessionId: c.session.id };
      const orderId = c.person.orderId;
      const batch = ledger
        .list({ backend: 'resmark', sessionId: c.session.id })
        .filter(
          (x) =>
            x.undo === null &&
            x.deskId === c.deskId &&
            x.at === c.at &&
            x.person.kind === 'participant' &&
            x.person.orderId === orderId,
        );
      const at = d.clock.now().toISOString();
      for (const x of batch) ledger.recordUndo(x.id, { at, note: null, withdrawWriteBack: false });
      const words = batch.length > 1 ? saying({ code: 'undo.count', count: batch.length }) : pick(decision);
      return { undone: true, ...words, note: null, noteSaid: null, sessionId: c.session.id };
    });
    const { sessionId, ...outcome } = run.immediate();
    if (outcome.undone) d.onChanged({ backend: 'resmark', sessionId });
    return outcome;
  };

  /** Today's departures with people booked on them, and how many of those are in. */
  const today = (): TodaySession[] => {
    const now = d.clock.now();
    const tz = d.settings().timeZone;
    const day = localDay(now, tz);
    const counts = d.ledger().countsBySession('resmark');
    return d
      .reads()
      .departuresBetween(
        new Date(now.getTime() - DAY_MS).toISOString(),
        new Date(now.getTime() + DAY_MS).toISOString(),
      )
      .filter((dep) => localDay(new Date(dep.startsAt), tz) === day)
      .map((dep) => ({
        id: dep.departureId,
        backend: 'resmark',
        name: dep.name,
        startsAt: dep.startsAt,
        endsAt: dep.endsAt,
        booked: dep.booked,
        checkedIn: counts.get(dep.departureId) ?? 0,
      }));
  };

  return { findOrder, checkIn, undo, owns, today };
}

function leadName(order: OrderRecord): string {
  return [order.firstName, order.lastName].filter(Boolean).join(' ') || `Booking ${order.confirmation}`;
}

function base(session: { id: string; name: string; startsAt: string }) {
  return {
    reason: null,
    session,
    customerPassId: null,
    remainingUses: null,
    state: null,
    decidedFrom: 'cache' as const,
    offerPassSale: false,
  };
}

function sessionOf(t: TodaysItem) {
  return { id: t.departureId, name: t.item.productName ?? 'Departure', startsAt: t.item.startTime! };
}

/** A refusal names the departure it was about when there is one ("too early" for which tour). */
function refusal(
  reason: string,
  words: { message: string; said: Said },
  session: { id: string; name: string; startsAt: string } | null,
): CheckInOutcome {
  return {
    outcome: 'refused',
    ...pick(words),
    reason,
    checkInId: null,
    session,
    customerPassId: null,
    remainingUses: null,
    state: null,
    decidedFrom: 'cache',
    offerPassSale: false,
  };
}
