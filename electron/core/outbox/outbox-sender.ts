// Core (plain Node): the one sender of queued writes (check-ins now, walk-up sales later). Per
// connected account it walks the items oldest first; only that account's rows are read, so demo
// work never reaches a venue and a venue's work never reaches another key. Every state change is
// durable before and after each attempt, and an item whose last attempt has an unknown outcome
// (timeout, reset, 5xx, or a kill mid-send) is looked up in the back end before it is sent again.
import type { Clock, Logger } from '../ports';
import type { Link } from '../connections/links';
import type { OutboxItem, OutboxStore } from '../store/outbox-store';
import type { Scheduler } from '../http/scheduler';
import type { OutboxKind } from './outbox-kinds';
import { backoffMs, classifyFailure } from './send-outcome';
import { isBackendError } from '../http/errors';

export interface SenderDeps {
  outbox(): OutboxStore;
  /** The links connected now (demo or live). */
  links(): Link[];
  kinds: Readonly<Record<string, OutboxKind>>;
  clock: Clock;
  scheduler: Scheduler;
  logger: Logger;
  /** After any item changed state (the unsent count moved). */
  onProgress(): void;
}

export interface SendReport {
  sent: number;
  needsAttention: number;
  /** Items still waiting to go (pending or mid-send) in the connected accounts. */
  waiting: number;
  /** True when a back end with waiting items could not be reached this run. */
  unreachable: boolean;
}

export interface OutboxSender {
  /** Sends what is due soon (after an enqueue, at start); respects each item's backoff. */
  kick(): void;
  /** Sends everything waiting now, backoff or not (the network came back, `outbox send`). */
  sendNow(): Promise<SendReport>;
  /** Stops timers; a send under way finishes its current item. */
  close(): Promise<void>;
}

const NAMES = { reservie: 'Reservie', resmark: 'Resmark' } as const;

export function createOutboxSender(d: SenderDeps): OutboxSender {
  let tail: Promise<unknown> = Promise.resolve();
  let queued: Promise<SendReport> | null = null;
  let queuedForce = false;
  let cancelTimer: (() => void) | null = null;
  let closed = false;

  const due = (item: OutboxItem, force: boolean) =>
    force || item.nextAttemptAt === null || Date.parse(item.nextAttemptAt) <= d.clock.now().getTime();

  /** One account's items, in order. Stops at the first failure worth retrying, to keep the order. */
  async function sendAccount(link: Link, force: boolean, report: SendReport): Promise<void> {
    const store = d.outbox();
    const items = store.listFor(link.outboxAccount);
    const statusOf = new Map(items.map((i) => [i.referenceId, i.status]));
    for (const item of items) {
      if (closed) return;
      if (item.status !== 'pending' && item.status !== 'sending') continue;
      const kind = d.kinds[item.kind];
      if (!kind || kind.backend !== link.backend) continue;
      // An item waits while what it depends on is unsent (and with it, if that needs attention).
      if (item.dependsOn.some((ref) => statusOf.get(ref) !== 'sent')) continue;
      if (!due(item, force)) continue;
      const outcome = await attempt(item, kind, link);
      statusOf.set(item.referenceId, outcome.status);
      d.onProgress();
      if (outcome.status === 'sent') report.sent++;
      else if (outcome.status === 'needs_attention') report.needsAttention++;
      else {
        report.unreachable ||= 'unreachable' in outcome && outcome.unreachable;
        return;
      }
    }
  }

  async function attempt(
    item: OutboxItem,
    kind: OutboxKind,
    link: Link,
  ): Promise<{ status: 'sent' | 'needs_attention' } | { status: 'pending'; unreachable: boolean }> {
    const store = d.outbox();
    try {
      // The last attempt may have arrived (or a kill cut it short): ask before sending again.
      if (item.outcomeUnknown) {
        const found = await kind.lookUp(item, link.client);
        if (found !== null) {
          d.logger.info('outbox item found in the back end; not sent again', { ref: item.referenceId });
          return await confirm(store.markSent(item.id, found), found, kind, link);
        }
      }
      const sending = store.markSending(item.id);
      const serverId = await kind.send(sending, link.client);
      return await confirm(store.markSent(item.id, serverId), serverId, kind, link);
    } catch (error) {
      const failure = classifyFailure(error, NAMES[link.backend]);
      const current = store.get(item.referenceId) ?? item;
      if (failure.kind === 'refused') {
        d.logger.warn('outbox item refused by the back end', {
          ref: item.referenceId,
          error: failure.message,
        });
        store.markNeedsAttention(item.id, failure.message);
        kind.refused(current, failure.message);
        return { status: 'needs_attention' };
      }
      // A 429 (or 503) that says how long to wait is obeyed, durably: never sooner than it asked.
      const asked = isBackendError(error) ? (error.retryAfterMs ?? 0) : 0;
      const waitMs = Math.max(backoffMs(Math.max(1, current.attempts)), asked);
      d.logger.info('outbox item will be retried', { ref: item.referenceId, error: failure.message });
      store.markRetry(item.id, failure.message, waitMs, failure.outcomeUnknown);
      return { status: 'pending', unreachable: failure.unreachable };
    }
  }

  async function confirm(sent: OutboxItem, serverId: string | null, kind: OutboxKind, link: Link) {
    try {
      await kind.confirmed(sent, serverId, link.client);
    } catch (error) {
      // The back end has it; a failed follow-up read must not make it look unsent.
      d.logger.warn('follow-up after a sent outbox item failed', {
        ref: sent.referenceId,
        error: error instanceof Error ? error.message : String(error),
      });
    }
    return { status: 'sent' as const };
  }

  async function run(force: boolean): Promise<SendReport> {
    const report: SendReport = { sent: 0, needsAttention: 0, waiting: 0, unreachable: false };
    for (const link of d.links()) await sendAccount(link, force, report);
    const waiting = d.links().flatMap((l) =>
      d
        .outbox()
        .listFor(l.outboxAccount)
        .filter((i) => i.status === 'pending' || i.status === 'sending'),
    );
    report.waiting = waiting.length;
    scheduleNext(waiting);
    return report;
  }

  /** A timer for the soonest backoff to end, so nothing waits for a kick that may never come. */
  function scheduleNext(waiting: OutboxItem[]): void {
    cancelTimer?.();
    cancelTimer = null;
    if (closed || waiting.length === 0) return;
    const soonest = Math.min(...waiting.map((i) => (i.nextAttemptAt ? Date.parse(i.nextAttemptAt) : 0)));
    const delay = Math.max(0, soonest - d.clock.now().getTime());
    cancelTimer = d.scheduler.setTimer(() => {
      cancelTimer = null;
      start(false);
    }, delay);
  }

  // Runs never overlap: one at a time, and any number of kicks during a run make one more run.
  function start(force: boolean): Promise<SendReport> {
    if (closed) return Promise.resolve({ sent: 0, needsAttention: 0, waiting: 0, unreachable: false });
    queuedForce ||= force;
    if (queued) return queued;
    const next = tail.then(() => {
      queued = null;
      const f = queuedForce;
      queuedForce = false;
      return run(f).catch((error: unknown) => {
        d.logger.error('outbox sender failed', {
          error: error instanceof Error ? error.message : String(error),
        });
        return { sent: 0, needsAttention: 0, waiting: 0, unreachable: false };
      });
    });
    queued = next;
    tail = next;
    return next;
  }

  return {
    kick: () => void start(false),
    sendNow: () => start(true),
    async close() {
      closed = true;
      cancelTimer?.();
      cancelTimer = null;
      await tail;
    },
  };
}
