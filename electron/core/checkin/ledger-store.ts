// Core (plain Node): the check-in ledger, in the outbox database (synchronous=FULL): every fact is
// on disk before the call returns, so the screen only says "checked in" once it is true.
// Facts are appended, never changed (the schema's triggers refuse it); undo is a fact of its own.
import type { BackendId } from '../../../shared/domain/backend';
import { systemClock, type Clock } from '../ports';
import type { OutboxDb } from '../store/open-database';
import type { CheckInPerson, NewCheckIn, PaidBy } from './checkin-types';
import { ledgerCsv } from './ledger-csv';
import type {
  Desk,
  ExportScope,
  LedgerCheckIn,
  RecordResult,
  SendWith,
  WriteBackState,
} from './ledger-types';
import { personIdOf } from './person-id';

export interface CheckInLedger {
  /**
   * Appends a check-in, unless the person is already in (not undone) on that session, in which case
   * nothing is written and the earlier check-in comes back. `writeBack` starts its state at "saved
   * on this desk"; without it the check-in is ledger-only. Safe to call inside a caller's
   * transaction on the same connection (it becomes a savepoint), so the outbox item can be queued
   * in the same commit.
   */
  recordCheckIn(checkIn: NewCheckIn, opts: { writeBack: boolean }): RecordResult;
  /** Appends the undo of a check-in; `withdrawWriteBack` marks its unsent write-back withdrawn. */
  recordUndo(
    checkInId: string,
    undo: { at: string; note: string | null; withdrawWriteBack: boolean },
  ): LedgerCheckIn;
  /** This desk's progress in sending a check-in's write-back. */
  setWriteBackState(checkInId: string, state: WriteBackState, detail: string | null): LedgerCheckIn;
  /**
   * Staff sent a write-back that needed attention again (back to "saved"), as it was (`sendWith`
   * null: keeps any earlier change), with another pass, or paid by cash or card instead: its pending
   * use then counts on that pass, or on none. Safe inside a caller's transaction.
   */
  resumeWriteBack(checkInId: string, sendWith: SendWith | null): LedgerCheckIn;
  /** Walk-ins on this session whose write-back is still saved on this desk (a place each). */
  pendingWalkIns(backend: BackendId, sessionId: string): number;
  get(checkInId: string): LedgerCheckIn | null;
  /** The person's check-in to the session that was not undone (the earliest, if desks merged two). */
  activeCheckIn(backend: BackendId, sessionId: string, personId: string): LedgerCheckIn | null;
  /** People checked in (not undone) per session of one back end. */
  countsBySession(backend: BackendId): Map<string, number>;
  /**
   * Uses of these customer passes this desk spent that the back end has not confirmed yet: what
   * to take off the cached count before deciding (`spendPending`). Passes with none are left out.
   */
  pendingPassUses(customerPassIds: readonly string[]): Map<string, number>;
  /** Check-ins (undone ones included, marked so) of one venue day or one session, oldest first. */
  list(scope: ExportScope): LedgerCheckIn[];
  exportCsv(scope: ExportScope, timeZone: string): string;
}

/** Thrown when a call would break the ledger's rules; the message says which. */
export class LedgerError extends Error {
  override readonly name = 'LedgerError';
}

interface FactRow {
  id: string;
  desk_id: string;
  seq: number;
  desk_name: string;
  at: string;
  day: string;
  backend: BackendId;
  session_id: string;
  session_name: string;
  session_starts_at: string;
  person_kind: 'customer' | 'participant';
  person_id: string;
  person_name: string;
  order_id: string | null;
  confirmation: string | null;
  paid_by: PaidBy['method'];
  registration_id: string | null;
  customer_pass_id: string | null;
  wb_state: WriteBackState | null;
  wb_detail: string | null;
  wb_pass: string | null;
  wb_tender: 'cash' | 'card' | null;
  undo_id: string | null;
  undo_at: string | null;
  undo_desk: string | null;
  undo_note: string | null;
}

const SELECT_CHECKIN = `
  SELECT f.*, w.state AS wb_state, w.detail AS wb_detail, w.pass_override AS wb_pass, w.tender_override AS wb_tender,
         u.id AS undo_id, u.at AS undo_at, u.desk_name AS undo_desk, u.note AS undo_note
  FROM checkin_facts f
  LEFT JOIN checkin_writebacks w ON w.checkin_id = f.id
  LEFT JOIN checkin_facts u ON u.undoes = f.id
  WHERE f.kind = 'check_in'`;

const NOT_UNDONE = `NOT EXISTS (SELECT 1 FROM checkin_facts u2 WHERE u2.undoes = f.id)`;

/** Which way a write-back may move; confirmed and withdrawn are where it ends. */
const NEXT_STATES: Record<WriteBackState, readonly WriteBackState[]> = {
  saved: ['confirmed', 'needs_attention', 'withdrawn'],
  needs_attention: ['saved', 'confirmed', 'withdrawn'],
  confirmed: [],
  withdrawn: [],
};

export function createCheckInLedger(db: OutboxDb, desk: Desk, opts: { clock?: Clock } = {}): CheckInLedger {
  const clock = opts.clock ?? systemClock;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(desk.id)) {
    throw new LedgerError(`A desk id must be 1-64 letters, digits, "-" or "_"; got "${desk.id}".`);
  }
  if (desk.name.trim() === '') throw new LedgerError('The desk needs a name, such as "Front desk 2".');

  const nextSeq = db
    .prepare<[string], number>('SELECT coalesce(max(seq), 0) + 1 FROM checkin_facts WHERE desk_id = ?')
    .pluck();
  const insertFact = db.prepare(`
    INSERT INTO checkin_facts (id, desk_id, seq, kind, desk_name, at, day, backend, session_id, session_name,
      session_starts_at, person_kind, person_id, person_name, order_id, confirmation, paid_by, registration_id,
      customer_pass_id, undoes, note)
    VALUES (@id, @deskId, @seq, @kind, @deskName, @at, @day, @backend, @sessionId, @sessionName,
      @sessionStartsAt, @personKind, @personId, @personName, @orderId, @confirmation, @paidBy, @registrationId,
      @customerPassId, @undoes, @note)`);
  const insertWriteBack = db.prepare(
    `INSERT INTO checkin_writebacks (checkin_id, state, detail, updated_at) VALUES (?, 'saved', NULL, ?)`,
  );
  const updateWriteBack = db.prepare(
    'UPDATE checkin_writebacks SET state = ?, detail = ?, updated_at = ? WHERE checkin_id = ?',
  );
  const byId = db.prepare<[string], FactRow>(`${SELECT_CHECKIN} AND f.id = ?`);
  const kindOf = db.prepare<[string], string>('SELECT kind FROM checkin_facts WHERE id = ?').pluck();
  const active = db.prepare<[BackendId, string, string], FactRow>(
    `${SELECT_CHECKIN} AND f.backend = ? AND f.session_id = ? AND f.person_id = ? AND ${NOT_UNDONE}
     ORDER BY f.at, f.id LIMIT 1`,
  );
  const counts = db.prepare<[BackendId], { session_id: string; n: number }>(
    `SELECT f.session_id, count(DISTINCT f.person_id) AS n FROM checkin_facts f
     WHERE f.kind = 'check_in' AND f.backend = ? AND ${NOT_UNDONE} GROUP BY f.session_id`,
  );
  // A write-back staff moved to another pass (or to cash or card) counts there, not on the first pass.
  const pending = db
    .prepare<{ pass: string }, number>(
      `SELECT (SELECT count(*) FROM checkin_facts f JOIN checkin_writebacks w ON w.checkin_id = f.id
         WHERE f.customer_pass_id = @pass AND w.state = 'saved' AND w.pass_override IS NULL
           AND w.tender_override IS NULL AND ${NOT_UNDONE})
       + (SELECT count(*) FROM checkin_writebacks w JOIN checkin_facts f ON f.id = w.checkin_id
         WHERE w.pass_override = @pass AND w.state = 'saved' AND w.tender_override IS NULL AND ${NOT_UNDONE})`,
    )
    .pluck();
  const walkIns = db
    .prepare<[BackendId, string], number>(
      `SELECT count(*) FROM checkin_facts f JOIN checkin_writebacks w ON w.checkin_id = f.id
       WHERE f.kind = 'check_in' AND f.backend = ? AND f.session_id = ? AND w.state = 'saved' AND ${NOT_UNDONE}`,
    )
    .pluck();
  const resume = db.prepare(
    `UPDATE checkin_writebacks SET state = 'saved', detail = NULL, updated_at = @at,
       pass_override = CASE WHEN @keep THEN pass_override ELSE @pass END,
       tender_override = CASE WHEN @keep THEN tender_override ELSE @tender END
     WHERE checkin_id = @id`,
  );
  const byDay = db.prepare<[string], FactRow>(`${SELECT_CHECKIN} AND f.day = ? ORDER BY f.at, f.id`);
  const bySession = db.prepare<[BackendId, string], FactRow>(
    `${SELECT_CHECKIN} AND f.backend = ? AND f.session_id = ? ORDER BY f.at, f.id`,
  );

  const mustGet = (id: string): LedgerCheckIn => {
    const row = byId.get(id);
    if (!row) throw new LedgerError(`No check-in ${id} in the ledger.`);
    return toCheckIn(row);
  };
  const newId = () => {
    const seq = nextSeq.get(desk.id)!;
    return { id: `${desk.id}:${seq}`, seq };
  };

  const record = db.transaction((c: NewCheckIn, writeBack: boolean): RecordResult => {
    const personId = personIdOf(c.person);
    const existing = active.get(c.backend, c.session.id, personId);
    if (existing) return { recorded: false, existing: toCheckIn(existing) };
    const { id, seq } = newId();
    insertFact.run({
      ...factColumns(c, personId),
      id,
      seq,
      kind: 'check_in',
      deskId: desk.id,
      deskName: desk.name,
      undoes: null,
      note: null,
    });
    if (writeBack) insertWriteBack.run(id, c.at);
    return { recorded: true, checkIn: mustGet(id) };
  });

  const undo = db.transaction(
    (checkInId: string, u: { at: string; note: string | null; withdrawWriteBack: boolean }) => {
      const kind = kindOf.get(checkInId);
      if (kind !== 'check_in') throw new LedgerError(`No check-in ${checkInId} in the ledger to undo.`);
      const target = mustGet(checkInId);
      if (target.undo) throw new LedgerError(`Check-in ${checkInId} is already undone.`);
      const { id, seq } = newId();
      insertFact.run({
        ...factColumns({ ...target, at: u.at }, target.personId),
        id,
        seq,
        kind: 'undo',
        deskId: desk.id,
        deskName: desk.name,
        paidBy: null,
        registrationId: null,
        customerPassId: null,
        undoes: checkInId,
        note: u.note,
      });
      if (u.withdrawWriteBack) moveWriteBack(target, 'withdrawn', 'Undone before it was sent', u.at);
      return mustGet(checkInId);
    },
  );

  const moveWriteBack = (c: LedgerCheckIn, state: WriteBackState, detail: string | null, at: string) => {
    if (c.writeBack === 'ledger_only') throw new LedgerError(`Check-in ${c.id} has nothing to send.`);
    if (!NEXT_STATES[c.writeBack].includes(state)) {
      throw new LedgerError(`Check-in ${c.id}: a write-back that is ${c.writeBack} cannot become ${state}.`);
    }
    updateWriteBack.run(state, detail, at, c.id);
  };
  const setState = db.transaction((id: string, state: WriteBackState, detail: string | null) => {
    moveWriteBack(mustGet(id), state, detail, clock.now().toISOString());
    return mustGet(id);
  });

  const resumeTx = db.transaction((id: string, sendWith: SendWith | null) => {
    const c = mustGet(id);
    if (c.writeBack !== 'needs_attention')
      throw new LedgerError(`Check-in ${id}: only a write-back that needs attention can be sent again.`);
    resume.run({
      id,
      at: clock.now().toISOString(),
      keep: sendWith === null ? 1 : 0,
      pass: sendWith?.method === 'pass' ? sendWith.customerPassId : null,
      tender: sendWith && sendWith.method !== 'pass' ? sendWith.method : null,
    });
    return mustGet(id);
  });

  const list = (scope: ExportScope) =>
    ('day' in scope ? byDay.all(scope.day) : bySession.all(scope.backend, scope.sessionId)).map(toCheckIn);

  return {
    // IMMEDIATE: take the write lock before the "already in?" read, so two windows on one file
    // cannot both decide the person is not in yet.
    recordCheckIn: (c, opts) =>
      db.inTransaction ? record(c, opts.writeBack) : record.immediate(c, opts.writeBack),
    recordUndo: (id, u) => (db.inTransaction ? undo(id, u) : undo.immediate(id, u)),
    setWriteBackState: (id, state, detail) => setState.immediate(id, state, detail),
    resumeWriteBack: (id, sendWith) =>
      db.inTransaction ? resumeTx(id, sendWith) : resumeTx.immediate(id, sendWith),
    pendingWalkIns: (backend, sessionId) => walkIns.get(backend, sessionId)!,
    get: (id) => {
      const row = byId.get(id);
      return row ? toCheckIn(row) : null;
    },
    activeCheckIn: (backend, sessionId, personId) => {
      const row = active.get(backend, sessionId, personId);
      return row ? toCheckIn(row) : null;
    },
    countsBySession: (backend) => new Map(counts.all(backend).map((r) => [r.session_id, r.n])),
    pendingPassUses: (ids) => {
      const uses = new Map<string, number>();
      for (const id of new Set(ids)) {
        const n = pending.get({ pass: id })!;
        if (n > 0) uses.set(id, n);
      }
      return uses;
    },
    list,
    exportCsv: (scope, timeZone) => ledgerCsv(list(scope), timeZone),
  };
}

type CheckInColumns = Pick<NewCheckIn, 'backend' | 'session' | 'person' | 'paidBy' | 'at' | 'day'>;

function factColumns(c: CheckInColumns, personId: string) {
  if (Number.isNaN(Date.parse(c.at))) throw new LedgerError(`"${c.at}" is not a date and time.`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(c.day))
    throw new LedgerError(`"${c.day}" is not a calendar day (YYYY-MM-DD).`);
  const participant = c.person.kind === 'participant' ? c.person : null;
  return {
    at: c.at,
    day: c.day,
    backend: c.backend,
    sessionId: c.session.id,
    sessionName: c.session.name,
    sessionStartsAt: c.session.startsAt,
    personKind: c.person.kind,
    personId,
    personName: c.person.name,
    orderId: participant?.orderId ?? null,
    confirmation: participant?.confirmation ?? null,
    paidBy: c.paidBy.method as string | null,
    registrationId: c.paidBy.method === 'booked' ? c.paidBy.registrationId : (null as string | null),
    customerPassId: c.paidBy.method === 'pass' ? c.paidBy.customerPassId : (null as string | null),
  };
}

function toCheckIn(r: FactRow): LedgerCheckIn {
  return {
    id: r.id,
    deskId: r.desk_id,
    seq: r.seq,
    deskName: r.desk_name,
    at: r.at,
    day: r.day,
    backend: r.backend,
    session: { id: r.session_id, name: r.session_name, startsAt: r.session_starts_at },
    personId: r.person_id,
    person: toPerson(r),
    paidBy: toPaidBy(r),
    writeBack: r.wb_state ?? 'ledger_only',
    writeBackDetail: r.wb_detail,
    sendWith: r.wb_tender
      ? { method: r.wb_tender }
      : r.wb_pass
        ? { method: 'pass', customerPassId: r.wb_pass }
        : null,
    undo: r.undo_id ? { id: r.undo_id, at: r.undo_at!, deskName: r.undo_desk!, note: r.undo_note } : null,
  };
}

function toPerson(r: FactRow): CheckInPerson {
  if (r.person_kind === 'customer') return { kind: 'customer', customerId: r.person_id, name: r.person_name };
  // person_id is "<order>/<item>/<participant>"; the order id itself may hold a "/".
  const [participant, item] = r.person_id.split('/').reverse();
  return {
    kind: 'participant',
    orderId: r.order_id!,
    confirmation: r.confirmation ?? '',
    itemIndex: Number(item),
    participant: participant!,
    name: r.person_name,
  };
}

function toPaidBy(r: FactRow): PaidBy {
  if (r.paid_by === 'booked') return { method: 'booked', registrationId: r.registration_id! };
  if (r.paid_by === 'pass') return { method: 'pass', customerPassId: r.customer_pass_id! };
  return { method: 'none' };
}
