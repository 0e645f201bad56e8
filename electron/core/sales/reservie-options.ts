// Core (plain Node): what the desk needs before a Reservie walk-up sale (`sales:reservieOptions`):
// the session (full? a waiting list?), the customer with the typed e-mail — looked up in the saved
// copy and, when Reservie answers, at Reservie too, so a customer is never made twice — the
// customer's passes that can pay for it, and the pass types the desk can sell.
import type {
  ReservieKnownCustomer,
  ReservieOptionsQuery,
  ReserviePassOption,
  ReservieSaleOptions,
  SaleMoney,
} from '../../../shared/domain/sales';
import { CoreError } from '../../../shared/ipc/core-error';
import { passProblem } from '../checkin/pass-choice';
import type { Link } from '../connections/links';
import { isBackendError } from '../http/errors';
import type { Clock } from '../ports';
import type { CheckInReads } from '../store/checkin-reads';
import { zonedDay } from '../../../shared/domain/zone-clock';
import { formatMoney, money } from './money';
import type { SalesReads } from './sales-reads';
import type { SalesSettings } from './sales-settings';

export interface ReservieOptionsDeps {
  reads(): Pick<SalesReads, 'session' | 'passTypes'>;
  people(): Pick<CheckInReads, 'customer' | 'customersByEmail' | 'passesOf'>;
  links(): Link[];
  settings(): Pick<SalesSettings, 'currency' | 'locale'>;
  clock: Clock;
  /** The venue's zone: a pass "pays today" by the venue's calendar, as check-in decides it. */
  timeZone(): string;
}

type Live<T> = { ok: true; value: T } | { ok: false };

/** A read that answers "not now" when Reservie cannot be reached, instead of failing the screen. */
async function live<T>(read: () => Promise<T>): Promise<Live<T>> {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    if (isBackendError(error) && error.code === 'OFFLINE') return { ok: false };
    throw error;
  }
}

export function createReservieOptions(d: ReservieOptionsDeps) {
  const asMoney = (minor: number | null, currency: string | null): SaleMoney | null => {
    if (minor === null) return null;
    const m = money(minor, currency ?? d.settings().currency);
    return { ...m, formatted: formatMoney(m, d.settings().locale) };
  };

  /** The cached passes that pay today: uses left, started, not expired, active (as `sales:sell` checks). */
  function usablePasses(customerId: string): ReserviePassOption[] {
    const today = zonedDay(d.clock.now().getTime(), d.timeZone());
    return d
      .people()
      .passesOf(customerId)
      .filter((p) => passProblem({ ...p, usedUpOn: null }, today) === null)
      .map((p) => ({
        id: p.id,
        passName: p.passName,
        remainingUses: p.remainingUses,
        expiryDate: p.expiryDate,
      }));
  }

  return async function reservieOptions(q: ReservieOptionsQuery): Promise<ReservieSaleOptions> {
    const link = d.links().find((l) => l.backend === 'reservie');
    if (!link || link.client.backend !== 'reservie') {
      throw new CoreError('NOT_CONFIGURED', 'Reservie is not connected, so it cannot sell.');
    }
    const api = link.client.api;
    const session = d.reads().session(q.sessionId);
    if (!session) {
      throw new CoreError(
        'NOT_FOUND',
        `Session ${q.sessionId} is not in the offline copy. Sync, then try again.`,
      );
    }
    let reachable = link.status().connection !== 'offline';

    const waiting = reachable
      ? await live(() => api.eventWaitingList(session.id, { lane: 'interactive' }))
      : { ok: false as const };
    if (!waiting.ok) reachable = false;

    let customer: ReservieKnownCustomer | null = null;
    let checkedLive = false;
    const email = q.email?.trim();
    if (email) {
      const cachedId = d.people().customersByEmail(email)[0];
      const cached = cachedId ? d.people().customer(cachedId) : null;
      if (cached) customer = { ...pick(cached), foundIn: 'cache' };
      if (reachable) {
        const found = await live(() => api.findCustomersByEmail(email, { lane: 'interactive' }));
        if (found.ok) {
          checkedLive = true;
          const first = found.value[0];
          // The saved copy wins when both know them (the sale does the same); else Reservie's.
          if (!customer && first) customer = { ...pick(first), foundIn: 'reservie' };
        }
      }
    }

    return {
      session: {
        id: session.id,
        name: session.name,
        startsAt: session.startsAt,
        spacesAvailable: session.spacesAvailable,
        full: session.spacesAvailable !== null && session.spacesAvailable <= 0,
        waitingList: waiting.ok ? waiting.value : null,
        price: asMoney(session.price, session.currency),
      },
      customer,
      checkedLive,
      passes: customer ? usablePasses(customer.id) : [],
      passTypes: d
        .reads()
        .passTypes()
        .map((p) => ({
          id: p.id,
          name: p.name,
          credits: p.credits,
          price: asMoney(p.price, session.currency),
        })),
    };
  };
}

function pick(c: { id: string; firstName: string | null; lastName: string | null; email: string | null }) {
  return { id: c.id, firstName: c.firstName, lastName: c.lastName, email: c.email };
}
