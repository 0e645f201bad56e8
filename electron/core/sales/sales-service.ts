// Core (plain Node): walk-up sales at the desk (and the CLI's `sell`). A sale is checked (the
// customer details the back end requires, the places: live when online, the saved copy minus this
// desk's queue when offline), planned into steps, captured into the outbox in one transaction, and
// then sent by the one outbox sender. The answer says whether it is at the back end, queued or refused.
import { randomUUID } from 'node:crypto';
import type {
  AvailabilityAnswer,
  AvailabilityQuery,
  DaySummary,
  DaySalesExport,
  SaleMoney,
  SaleProducts,
  SaleReceipt,
  SaleRequest,
  SeatHold,
  SlotAvailability,
} from '../../../shared/domain/sales';
import { CoreError } from '../../../shared/ipc/core-error';
import { zonedDay } from '../../../shared/domain/zone-clock';
import type { Link } from '../connections/links';
import { isBackendError } from '../http/errors';
import type { Clock, Logger } from '../ports';
import type { CheckInReads } from '../store/checkin-reads';
import type { OutboxDb } from '../store/open-database';
import type { OutboxItem, OutboxStore } from '../store/outbox-store';
import type { SlotRecord } from '../store/records';
import { formatMoney, fromMajor, money, type Money } from './money';
import { checkOfflineCapacity, type Availability } from './offline-capacity';
import { captureSale } from './sale-capture';
import type { SaleHeader } from './sale-header';
import { isSaleKind, SaleStepPayload } from './sale-kinds';
import {
  planReservieSale,
  planResmarkSale,
  stepReferenceId,
  type ReservieCustomerChoice,
  type ReserviePaymentChoice,
  type SalePlan,
} from './sale-plan';
import type { SaleReceipts } from './sale-receipts';
import {
  checkParticipants,
  checkReservieCustomer,
  checkResmarkCustomer,
  type Problem,
} from './sale-validation';
import { slotDay, type SalesReads } from './sales-reads';
import type { SalesSettings } from './sales-settings';
import type { SeatHolds } from './seat-holds';
import { tenderMemo } from './tender';
import { CANCELLED_FROM_QUEUE, dayRollUps, dayTotals, salesCsv, salesFileName } from './day-summary';

type ResmarkIn = Extract<SaleRequest, { backend: 'resmark' }>;
type ReservieIn = Extract<SaleRequest, { backend: 'reservie' }>;

export interface SalesServiceDeps {
  outbox(): OutboxStore;
  outboxDb(): OutboxDb;
  receipts(): SaleReceipts;
  reads(): SalesReads;
  people(): Pick<CheckInReads, 'customersByEmail' | 'passesOf'>;
  links(): Link[];
  settings(): SalesSettings;
  /** The venue's time zone: which day a sale belongs to in the day summary. */
  timeZone(): string;
  deskName(): string | undefined;
  /** Sends what is waiting now and resolves when that run ends. */
  sendNow(): Promise<unknown>;
  clock: Clock;
  logger: Logger;
  onQueued(): void;
  holds: SeatHolds;
}

export interface SalesService {
  availability(q: AvailabilityQuery): Promise<AvailabilityAnswer>;
  sell(request: SaleRequest): Promise<SaleReceipt>;
  receipt(referenceId: string): SaleReceipt;
  today(date?: string): DaySummary;
  /** The day's sales as a CSV file (the desk's download, the CLI's `summary --csv`). */
  exportDay(date?: string): DaySalesExport;
  holdSeats(activityId: string, participants: Record<string, number>): Promise<SeatHold>;
  holdState(holdId: string): SeatHold;
  releaseSeats(holdId: string): Promise<void>;
  /** The tours the desk can sell, from the saved copy (offline too); and a slot's tour and day. */
  products(activityId?: string): SaleProducts;
}

const UNSENT_NOW = new Set(['pending', 'sending']);

function refused(problems: Problem[]): never {
  throw new CoreError('BAD_INPUT', problems.map((p) => p.message).join(' '));
}

/** Seats a slot has left for this sale: one pool, or the tiers asked for. */
function liveShortfall(slot: SlotRecord, want: Readonly<Record<string, number>>): string | null {
  const total = Object.values(want).reduce((a, b) => a + b, 0);
  const pool = slot.tiersAvailable['*'];
  if (pool !== undefined)
    return pool < total ? `Only ${pool} places are left; this sale asks for ${total}.` : null;
  for (const [tier, n] of Object.entries(want)) {
    const left = slot.tiersAvailable[tier] ?? 0;
    if (left < n) return `Only ${left} ${tier} places are left; this sale asks for ${n}.`;
  }
  return null;
}

export function createSalesService(d: SalesServiceDeps): SalesService {
  const linkOf = (backend: 'reservie' | 'resmark') => {
    const link = d.links().find((l) => l.backend === backend);
    if (!link) {
      const name = backend === 'reservie' ? 'Reservie' : 'Resmark';
      throw new CoreError('NOT_CONFIGURED', `${name} is not connected, so it cannot sell.`);
    }
    return link;
  };
  const online = (link: Link) => link.status().connection !== 'offline';
  const asMoney = (m: Money): SaleMoney => ({ ...m, formatted: formatMoney(m, d.settings().locale) });

  /** This desk's sale steps not yet sent (pending or mid-send), with their payloads. */
  function unsentSteps(): { item: OutboxItem; p: SaleStepPayload }[] {
    return d
      .outbox()
      .listAll()
      .filter((i) => isSaleKind(i.kind) && UNSENT_NOW.has(i.status))
      .map((item) => ({ item, p: SaleStepPayload.parse(item.payload) }));
  }

  function offlineCheck(
    cached: Availability | null,
    target: string,
    kind: string,
    requested: Record<string, number>,
  ) {
    const unsent = unsentSteps();
    const queued: Record<string, number> = {};
    for (const { item, p } of unsent) {
      if (item.kind !== kind || p.sale.target !== target) continue;
      for (const [tier, n] of Object.entries(p.sale.participants)) queued[tier] = (queued[tier] ?? 0) + n;
    }
    const queuedSales = new Set(unsent.map((u) => u.p.sale.referenceId)).size;
    const verdict = checkOfflineCapacity({ cached, queued, requested, queuedSales }, d.settings());
    if (!verdict.ok) throw new CoreError('CONFLICT', verdict.message);
  }

  async function capture(
    link: Link,
    plan: SalePlan,
    header: SaleHeader,
    live: boolean,
  ): Promise<SaleReceipt> {
    captureSale(d.outboxDb(), d.outbox(), link.outboxAccount, plan, header);
    d.logger.info('walk-up sale saved to the outbox', { ref: plan.referenceId, backend: plan.backend });
    d.onQueued();
    // Online: send it now, so the desk can show the confirmation; the queue still holds it if not.
    if (live) await d.sendNow();
    return receipt(plan.referenceId);
  }

  /** A retried tap sends the same referenceId: the sale already saved answers, nothing is sold twice. */
  const already = (ref: string | undefined) => (ref && firstRowOf(ref) ? receipt(ref) : null);

  async function liveSlot(link: Link, cached: SlotRecord): Promise<SlotRecord | null | 'offline'> {
    if (link.client.backend !== 'resmark') return 'offline';
    const day = slotDay(cached, d.timeZone());
    try {
      const slots = await link.client.api.getInventory(cached.productId, day, day, { lane: 'interactive' });
      return slots.find((s) => s.activityId === cached.activityId) ?? null;
    } catch (error) {
      if (isBackendError(error) && error.code === 'OFFLINE') return 'offline';
      throw error;
    }
  }

  async function sellResmark(r: ResmarkIn): Promise<SaleReceipt> {
    const saved = already(r.referenceId);
    if (saved) return saved;
    const link = linkOf('resmark');
    const cached = d.reads().slot(r.activityId);
    if (!cached) {
      throw new CoreError(
        'NOT_FOUND',
        `Slot ${r.activityId} is not in the offline copy. Sync, then try again.`,
      );
    }
    let slot: SlotRecord = cached;
    let live = online(link);
    if (live) {
      const fresh = await liveSlot(link, cached);
      if (fresh === null) throw new CoreError('NOT_FOUND', `Resmark no longer offers slot ${r.activityId}.`);
      if (fresh === 'offline') live = false;
      else slot = fresh;
    }
    const priced = checkParticipants(slot, r.participants, d.settings().currency);
    const customer = checkResmarkCustomer(r, r.sendConfirmationEmail);
    const problems = [...(priced.ok ? [] : priced.problems), ...(customer.ok ? [] : customer.problems)];
    if (!priced.ok || !customer.ok) refused(problems);
    // Seats held at the desk are locked for this sale already (and count as taken in the live figures).
    const held = r.holdId ? d.holds.forSale(r.holdId, slot.activityId, priced.value.participants) : null;
    if (held) {
      // nothing to check: the cart holds them
    } else if (live) {
      const short = liveShortfall(slot, priced.value.participants);
      if (short) throw new CoreError('CONFLICT', short);
    } else {
      offlineCheck(cached.tiersAvailable, cached.activityId, 'resmark.order', priced.value.participants);
    }
    const referenceId = r.referenceId ?? `fd-${randomUUID()}`;
    const plan = planResmarkSale({
      referenceId,
      activityId: slot.activityId,
      participants: priced.value.participants,
      customer: customer.value,
      tender: r.tender,
      memo: tenderMemo(r.tender, d.deskName()),
      sendConfirmationEmail: r.sendConfirmationEmail,
      total: priced.value.total,
      ...(held ? { cartId: held.cartId } : {}),
    });
    const header: SaleHeader = {
      referenceId,
      backend: 'resmark',
      tender: r.tender,
      total: priced.value.total,
      places: priced.value.seats,
      participants: priced.value.participants,
      target: slot.activityId,
      what: `${cached.productName ?? 'Tour'}, ${slot.startTime}`,
      customer: {
        firstName: customer.value.firstName,
        lastName: customer.value.lastName,
        email: customer.value.email ?? null,
      },
      steps: { order: referenceId },
      provisional: !live,
    };
    const done = await capture(link, plan, header, live);
    if (r.holdId) {
      // Refused: let the held seats go now. Sent or queued: the order step owns the cart.
      if (done.state === 'needs_attention') await d.holds.release(r.holdId).catch(() => undefined);
      else d.holds.handOver(r.holdId);
    }
    return done;
  }

  /**
   * The customer with this e-mail: the cache first, then Reservie (never a duplicate). The API
   * read is also what tells whether Reservie answers now; `live` is false when it did not.
   */
  async function findCustomer(link: Link, email: string): Promise<{ id: string | null; live: boolean }> {
    const cached = d.people().customersByEmail(email)[0] ?? null;
    if (!online(link) || link.client.backend !== 'reservie') return { id: cached, live: false };
    try {
      const found = await link.client.api.findCustomersByEmail(email);
      return { id: cached ?? found[0]?.id ?? null, live: true };
    } catch (error) {
      if (isBackendError(error) && error.code === 'OFFLINE') return { id: cached, live: false };
      throw error;
    }
  }

  async function sellReservie(r: ReservieIn): Promise<SaleReceipt> {
    const done = already(r.referenceId);
    if (done) return done;
    const link = linkOf('reservie');
    const session = d.reads().session(r.sessionId);
    if (!session) {
      throw new CoreError(
        'NOT_FOUND',
        `Session ${r.sessionId} is not in the offline copy. Sync, then try again.`,
      );
    }
    const email = r.email.trim();
    const { id: existingId, live } = await findCustomer(link, email);
    let customer: ReservieCustomerChoice;
    if (existingId) customer = { existingId };
    else {
      const checked = checkReservieCustomer(r);
      if (!checked.ok) {
        refused([
          { field: 'email', message: `No customer has the e-mail ${email} yet, so a new one is made:` },
          ...checked.problems,
        ]);
      }
      customer = { create: checked.value };
    }
    const today = zonedDay(d.clock.now().getTime(), d.timeZone());
    let payment: ReserviePaymentChoice;
    let total: Money | null = null;
    let tender: SaleHeader['tender'];
    const p = r.payment;
    if (p.kind === 'usePass') {
      if (!existingId) {
        throw new CoreError('BAD_INPUT', 'A new customer has no pass yet: sell one, or take payment.');
      }
      const usable = d
        .people()
        .passesOf(existingId)
        .filter(
          (cp) =>
            cp.remainingUses > 0 && cp.status === 'active' && (!cp.expiryDate || cp.expiryDate >= today),
        );
      if (p.customerPassId && !usable.some((cp) => cp.id === p.customerPassId)) {
        throw new CoreError(
          'CONFLICT',
          `Pass ${p.customerPassId} is not one of this customer's passes with uses left.`,
        );
      }
      const chosen = p.customerPassId ?? usable[0]?.id;
      if (!chosen)
        throw new CoreError('CONFLICT', 'This customer has no pass with uses left in the offline copy.');
      payment = { kind: 'usePass', customerPassId: chosen };
      tender = 'pass';
    } else if (p.kind === 'buyPass') {
      payment = { kind: 'buyPass', passId: p.passId, startDate: today, tender: p.tender };
      tender = p.tender;
      const price = d.reads().passPrice(p.passId);
      const currency = session.currency ?? d.settings().currency;
      if (price !== null) total = money(p.tender === 'comp' ? 0 : price, currency);
    } else {
      payment = { kind: 'pay', tender: p.tender };
      tender = p.tender;
      if (session.price !== null)
        total = money(p.tender === 'comp' ? 0 : session.price, session.currency ?? d.settings().currency);
    }
    if (!live) {
      const cached: Availability | null =
        session.spacesAvailable !== null
          ? { '*': session.spacesAvailable }
          : session.capacity === null
            ? { '*': Number.MAX_SAFE_INTEGER } // no limit on the session
            : null;
      offlineCheck(cached, session.id, 'reservie.registration', { '*': 1 });
    }
    const referenceId = r.referenceId ?? `fd-${randomUUID()}`;
    const plan = planReservieSale({
      referenceId,
      sessionId: session.id,
      customer,
      payment,
      joinWaitingList: r.joinWaitingList,
    });
    const header: SaleHeader = {
      referenceId,
      backend: 'reservie',
      tender,
      total,
      places: 1,
      participants: { '*': 1 },
      target: session.id,
      what: `${session.name}, ${session.startsAt}`,
      customer: {
        firstName: r.firstName?.trim() || null,
        lastName: r.lastName?.trim() || null,
        email,
      },
      steps: Object.fromEntries(plan.steps.map((s) => [s.localId, s.referenceId])),
      provisional: !live,
    };
    return capture(link, plan, header, live);
  }

  function receiptFrom(header: SaleHeader, items: (OutboxItem | null)[]): SaleReceipt {
    const present = items.filter((i): i is OutboxItem => i !== null);
    const serverIds: Record<string, string> = {};
    for (const [localId, ref] of Object.entries(header.steps)) {
      const item = present.find((i) => i.referenceId === ref);
      if (item?.status === 'sent' && item.serverId) serverIds[localId] = item.serverId;
    }
    const stuck = present.find(
      (i) => i.status === 'needs_attention' || i.status === 'withdrawn' || i.status === 'dismissed',
    );
    const state = stuck ? 'needs_attention' : present.every((i) => i.status === 'sent') ? 'sent' : 'queued';
    const confirmRef = header.backend === 'resmark' ? header.steps.order : header.steps.registration;
    return {
      referenceId: header.referenceId,
      backend: header.backend,
      state,
      confirmation: confirmRef ? d.receipts().detailOf(confirmRef) : null,
      serverIds,
      tender: header.tender,
      total: header.total ? asMoney(header.total) : null,
      places: header.places,
      what: header.what,
      customer: header.customer,
      createdAt: present[0]?.createdAt ?? d.clock.now().toISOString(),
      problem: stuck ? (stuck.status === 'needs_attention' ? stuck.lastError : CANCELLED_FROM_QUEUE) : null,
      provisional: header.provisional,
    };
  }

  /** A sale's own referenceId is its Resmark order's, or the stem of its Reservie steps'. */
  function firstRowOf(referenceId: string): OutboxItem | null {
    const outbox = d.outbox();
    const row =
      outbox.get(referenceId) ??
      ['customer', 'pass', 'registration']
        .map((l) => outbox.get(stepReferenceId(referenceId, l)))
        .find((i) => i) ??
      null;
    return row && isSaleKind(row.kind) ? row : null;
  }

  function receipt(referenceId: string): SaleReceipt {
    const outbox = d.outbox();
    const first = firstRowOf(referenceId);
    if (!first) throw new CoreError('NOT_FOUND', `No sale ${referenceId} at this desk.`);
    const header = SaleStepPayload.parse(first.payload).sale;
    return receiptFrom(
      header,
      Object.values(header.steps).map((ref) => outbox.get(ref)),
    );
  }

  function today(date?: string): DaySummary {
    const dayOf = new Intl.DateTimeFormat('en-CA', {
      timeZone: d.timeZone(),
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    const day = date ?? dayOf.format(d.clock.now());
    const bySale = new Map<string, { header: SaleHeader; items: OutboxItem[] }>();
    for (const item of d.outbox().listAll()) {
      if (!isSaleKind(item.kind) || dayOf.format(new Date(item.createdAt)) !== day) continue;
      const header = SaleStepPayload.parse(item.payload).sale;
      const entry = bySale.get(header.referenceId) ?? { header, items: [] };
      entry.items.push(item);
      bySale.set(header.referenceId, entry);
    }
    const sales = [...bySale.values()].map((s) => receiptFrom(s.header, s.items));
    const format = (m: Money) => formatMoney(m, d.settings().locale);
    const totals = dayTotals(sales, format);
    return {
      date: day,
      sales,
      totals,
      ...dayRollUps(totals, format),
      unsent: sales.filter((s) => s.state !== 'sent').length,
      csv: salesCsv(sales),
    };
  }

  async function availability(q: AvailabilityQuery): Promise<AvailabilityAnswer> {
    const link = linkOf('resmark');
    let source: 'live' | 'cache' = 'cache';
    let slots: SlotRecord[] = d.reads().slotsOn(q.productId, q.date, d.timeZone());
    if (online(link) && link.client.backend === 'resmark') {
      try {
        slots = await link.client.api.getInventory(q.productId, q.date, q.date, { lane: 'interactive' });
        source = 'live';
      } catch (error) {
        if (!(isBackendError(error) && error.code === 'OFFLINE')) throw error;
      }
    }
    const queued = new Map<string, Record<string, number>>();
    if (source === 'cache') {
      for (const { item, p } of unsentSteps()) {
        if (item.kind !== 'resmark.order') continue;
        const q2 = queued.get(p.sale.target) ?? {};
        for (const [tier, n] of Object.entries(p.sale.participants)) q2[tier] = (q2[tier] ?? 0) + n;
        queued.set(p.sale.target, q2);
      }
    }
    const currency = d.settings().currency;
    const view = (s: SlotRecord): SlotAvailability => {
      const minus = queued.get(s.activityId) ?? {};
      const sumMinus = Object.values(minus).reduce((a, b) => a + b, 0);
      const pool = s.tiersAvailable['*'];
      return {
        activityId: s.activityId,
        startTime: s.startTime,
        endTime: s.endTime,
        seatsLeft: pool === undefined ? null : Math.max(0, pool - sumMinus),
        tiers: Object.entries(s.prices).map(([tier, price]) => ({
          tier,
          unit: asMoney(fromMajor(price, currency)),
          seatsLeft:
            pool !== undefined ? null : Math.max(0, (s.tiersAvailable[tier] ?? 0) - (minus[tier] ?? 0)),
        })),
      };
    };
    return {
      productId: q.productId,
      date: q.date,
      source,
      provisional: source === 'cache',
      slots: slots.map(view),
    };
  }

  return {
    availability,
    sell: (r) => (r.backend === 'resmark' ? sellResmark(r) : sellReservie(r)),
    receipt,
    today,
    exportDay(date) {
      const day = today(date);
      return { csv: day.csv, rows: day.sales.length, fileName: salesFileName(day.date) };
    },
    async holdSeats(activityId, participants) {
      const link = linkOf('resmark');
      if (link.client.backend !== 'resmark' || !online(link)) {
        throw new CoreError(
          'OFFLINE',
          'Resmark cannot be reached, so seats cannot be held. Sell without a hold: the sale is queued.',
        );
      }
      const slot = d.reads().slot(activityId);
      if (slot) {
        const priced = checkParticipants(slot, participants, d.settings().currency);
        if (!priced.ok) refused(priced.problems);
        return d.holds.hold(link.client.api, activityId, priced.value.participants);
      }
      return d.holds.hold(link.client.api, activityId, participants);
    },
    holdState: (holdId) => d.holds.state(holdId),
    releaseSeats: (holdId) => d.holds.release(holdId),
    products(activityId) {
      linkOf('resmark');
      const slot = activityId ? d.reads().slot(activityId) : null;
      return {
        products: d.reads().datedProducts(),
        slot: slot
          ? { activityId: slot.activityId, productId: slot.productId, date: slotDay(slot, d.timeZone()) }
          : null,
      };
    },
  };
}
