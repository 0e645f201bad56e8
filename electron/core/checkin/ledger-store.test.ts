// Core tests (plain Node): the check-in ledger on real SQLite files.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openOutboxDb, type OutboxDb } from '../store/open-database';
import { createOutboxStore } from '../store/outbox-store';
import { useTempDir } from '../store/testing/fixtures';
import type { NewCheckIn } from './checkin-types';
import { createCheckInLedger, LedgerError } from './ledger-store';

const desk2 = { id: 'desk-b2', name: 'Front desk 2' };

const walkIn = (over: Partial<NewCheckIn> = {}): NewCheckIn => ({
  backend: 'reservie',
  session: { id: 'evt_42', name: 'Monday Yoga', startsAt: '2026-12-01T09:00:00Z' },
  person: { kind: 'customer', customerId: 'cus_7', name: 'Jane Smith' },
  paidBy: { method: 'pass', customerPassId: 'cp_10' },
  at: '2026-12-01T09:02:00.000Z',
  day: '2026-12-01',
  ...over,
});

const participant = (key: string, over: Partial<NewCheckIn> = {}): NewCheckIn => ({
  backend: 'resmark',
  session: { id: 'act_am', name: 'Morning Kayak', startsAt: '2026-12-01T09:00:00Z' },
  person: {
    kind: 'participant',
    orderId: 'ord_1',
    confirmation: '1234567',
    itemIndex: 1,
    participant: key,
    name: `Ana Lopez (${key.replace('#', ' ')})`,
  },
  paidBy: { method: 'none' },
  at: '2026-12-01T08:50:00.000Z',
  day: '2026-12-01',
  ...over,
});

describe('the check-in ledger', () => {
  const dir = useTempDir();
  const open = (): OutboxDb => openOutboxDb(join(dir(), 'outbox.db'));

  it('writes a check-in that survives closing and reopening the file', () => {
    let db = open();
    const first = createCheckInLedger(db, desk2).recordCheckIn(walkIn(), { writeBack: true });
    expect(first).toMatchObject({ recorded: true, checkIn: { id: 'desk-b2:1', seq: 1, writeBack: 'saved' } });
    db.close();

    db = open();
    const ledger = createCheckInLedger(db, desk2);
    expect(ledger.activeCheckIn('reservie', 'evt_42', 'cus_7')).toEqual({
      id: 'desk-b2:1',
      deskId: 'desk-b2',
      seq: 1,
      deskName: 'Front desk 2',
      at: '2026-12-01T09:02:00.000Z',
      day: '2026-12-01',
      backend: 'reservie',
      session: { id: 'evt_42', name: 'Monday Yoga', startsAt: '2026-12-01T09:00:00Z' },
      personId: 'cus_7',
      person: { kind: 'customer', customerId: 'cus_7', name: 'Jane Smith' },
      paidBy: { method: 'pass', customerPassId: 'cp_10' },
      writeBack: 'saved',
      writeBackDetail: null,
      sendWith: null,
      undo: null,
    });
    // The sequence carries on after a restart: ids are never reused.
    const next = ledger.recordCheckIn(
      walkIn({ person: { kind: 'customer', customerId: 'cus_8', name: 'B' } }),
      {
        writeBack: false,
      },
    );
    expect(next).toMatchObject({ recorded: true, checkIn: { id: 'desk-b2:2', writeBack: 'ledger_only' } });
    db.close();
  });

  it('twice is once: the same person on the same session gets the first check-in back, nothing written', () => {
    const db = open();
    const ledger = createCheckInLedger(db, desk2);
    ledger.recordCheckIn(walkIn(), { writeBack: true });
    const again = ledger.recordCheckIn(walkIn({ at: '2026-12-01T09:05:00.000Z' }), { writeBack: true });
    expect(again).toMatchObject({
      recorded: false,
      existing: { id: 'desk-b2:1', at: '2026-12-01T09:02:00.000Z' },
    });
    expect(db.prepare('SELECT count(*) FROM checkin_facts').pluck().get()).toBe(1);
    expect(ledger.pendingPassUses(['cp_10', 'cp_other'])).toEqual(new Map([['cp_10', 1]]));
    // Another session is another check-in.
    const other = ledger.recordCheckIn(walkIn({ session: { ...walkIn().session, id: 'evt_43' } }), {
      writeBack: true,
    });
    expect(other.recorded).toBe(true);
    db.close();
  });

  it('refuses to overwrite or delete a fact, even from raw SQL', () => {
    const db = open();
    const ledger = createCheckInLedger(db, desk2);
    ledger.recordCheckIn(walkIn(), { writeBack: true });
    expect(() => db.prepare("UPDATE checkin_facts SET person_name = 'Someone else'").run()).toThrow(
      /immutable/,
    );
    expect(() => db.prepare('DELETE FROM checkin_facts').run()).toThrow(/immutable/);
    expect(() =>
      db
        .prepare(
          `INSERT OR REPLACE INTO checkin_facts (id, desk_id, seq, kind, desk_name, at, day, backend, session_id,
           session_name, session_starts_at, person_kind, person_id, person_name, paid_by)
           VALUES ('desk-b2:1', 'desk-b2', 1, 'check_in', 'x', 'x', 'x', 'reservie', 's', 's', 's', 'customer', 'p', 'p', 'none')`,
        )
        .run(),
    ).toThrow(/immutable|UNIQUE/);
    expect(ledger.get('desk-b2:1')?.person.name).toBe('Jane Smith');
    db.close();
  });

  it('an undo is a fact of its own: the person is no longer in, the unsent use is back, and only once', () => {
    const db = open();
    const ledger = createCheckInLedger(db, desk2);
    ledger.recordCheckIn(walkIn(), { writeBack: true });
    const undone = ledger.recordUndo('desk-b2:1', {
      at: '2026-12-01T09:04:00.000Z',
      note: null,
      withdrawWriteBack: true,
    });
    expect(undone).toMatchObject({
      writeBack: 'withdrawn',
      undo: { id: 'desk-b2:2', at: '2026-12-01T09:04:00.000Z', deskName: 'Front desk 2', note: null },
    });
    expect(ledger.activeCheckIn('reservie', 'evt_42', 'cus_7')).toBeNull();
    expect(ledger.pendingPassUses(['cp_10', 'cp_other'])).toEqual(new Map());
    expect(ledger.countsBySession('reservie')).toEqual(new Map());
    expect(() => ledger.recordUndo('desk-b2:1', { at: 'x', note: null, withdrawWriteBack: false })).toThrow(
      /already undone/,
    );
    expect(() => ledger.recordUndo('desk-b2:2', { at: 'x', note: null, withdrawWriteBack: false })).toThrow(
      /No check-in desk-b2:2/,
    );
    // Checked in again after the undo: a new fact.
    expect(ledger.recordCheckIn(walkIn(), { writeBack: true })).toMatchObject({
      checkIn: { id: 'desk-b2:3' },
    });
    db.close();
  });

  it('an undo after the write-back went keeps the note for staff; the write-back stays confirmed', () => {
    const db = open();
    const ledger = createCheckInLedger(db, desk2);
    ledger.recordCheckIn(walkIn(), { writeBack: true });
    ledger.setWriteBackState('desk-b2:1', 'confirmed', 'reg_901');
    const undone = ledger.recordUndo('desk-b2:1', {
      at: '2026-12-01T09:04:00.000Z',
      note: 'Cancel it in Reservie',
      withdrawWriteBack: false,
    });
    expect(undone).toMatchObject({ writeBack: 'confirmed', undo: { note: 'Cancel it in Reservie' } });
    db.close();
  });

  it('moves a write-back only forward, and only one that exists', () => {
    const db = open();
    const ledger = createCheckInLedger(db, desk2);
    ledger.recordCheckIn(walkIn(), { writeBack: true });
    ledger.recordCheckIn(participant('Adult#1'), { writeBack: false });
    expect(ledger.setWriteBackState('desk-b2:1', 'needs_attention', 'Pass used up')).toMatchObject({
      writeBack: 'needs_attention',
      writeBackDetail: 'Pass used up',
    });
    expect(ledger.pendingPassUses(['cp_10', 'cp_other'])).toEqual(new Map()); // refused: the server spent nothing
    ledger.setWriteBackState('desk-b2:1', 'confirmed', null);
    expect(() => ledger.setWriteBackState('desk-b2:1', 'saved', null)).toThrow(
      /confirmed cannot become saved/,
    );
    expect(() => ledger.setWriteBackState('desk-b2:2', 'confirmed', null)).toThrow(/nothing to send/);
    expect(() => ledger.setWriteBackState('desk-x:9', 'confirmed', null)).toThrow(LedgerError);
    db.close();
  });

  it("staff's other pass or tender moves the pending use; the walk-in still holds its place until sent", () => {
    const db = open();
    const ledger = createCheckInLedger(db, desk2);
    ledger.recordCheckIn(walkIn(), { writeBack: true });
    expect(ledger.pendingWalkIns('reservie', 'evt_42')).toBe(1);
    ledger.setWriteBackState('desk-b2:1', 'needs_attention', 'Pass used up');
    expect(ledger.pendingWalkIns('reservie', 'evt_42')).toBe(0);
    expect(() => ledger.resumeWriteBack('desk-b2:2', null)).toThrow(LedgerError);

    expect(ledger.resumeWriteBack('desk-b2:1', { method: 'pass', customerPassId: 'cp_5' })).toMatchObject({
      writeBack: 'saved',
      writeBackDetail: null,
      paidBy: { method: 'pass', customerPassId: 'cp_10' }, // the fact is what was decided at the desk
      sendWith: { method: 'pass', customerPassId: 'cp_5' },
    });
    expect(ledger.pendingPassUses(['cp_10', 'cp_5'])).toEqual(new Map([['cp_5', 1]]));
    expect(ledger.pendingWalkIns('reservie', 'evt_42')).toBe(1);
    // Only a write-back that needs attention is sent again.
    expect(() => ledger.resumeWriteBack('desk-b2:1', { method: 'cash' })).toThrow(/needs attention/);

    ledger.setWriteBackState('desk-b2:1', 'needs_attention', 'Event full');
    ledger.resumeWriteBack('desk-b2:1', { method: 'card' });
    expect(ledger.get('desk-b2:1')?.sendWith).toEqual({ method: 'card' });
    expect(ledger.pendingPassUses(['cp_10', 'cp_5'])).toEqual(new Map());
    // A plain retry keeps the earlier change.
    ledger.setWriteBackState('desk-b2:1', 'needs_attention', 'Event full');
    expect(ledger.resumeWriteBack('desk-b2:1', null).sendWith).toEqual({ method: 'card' });
    db.close();
  });

  it('counts people in per session, and Resmark participants one by one', () => {
    const db = open();
    const ledger = createCheckInLedger(db, desk2);
    ledger.recordCheckIn(participant('Adult#1'), { writeBack: false });
    ledger.recordCheckIn(participant('Adult#2'), { writeBack: false });
    ledger.recordCheckIn(participant('Adult#2'), { writeBack: false }); // twice is once
    ledger.recordCheckIn(walkIn(), { writeBack: true });
    expect(ledger.countsBySession('resmark')).toEqual(new Map([['act_am', 2]]));
    expect(ledger.countsBySession('reservie')).toEqual(new Map([['evt_42', 1]]));
    expect(ledger.activeCheckIn('resmark', 'act_am', 'ord_1/1/Adult#2')?.person).toEqual(
      participant('Adult#2').person,
    );
    db.close();
  });

  it('two desks on one file make ids that never collide', () => {
    const db = open();
    const a = createCheckInLedger(db, { id: 'desk-a', name: 'Kiosk' });
    const b = createCheckInLedger(db, desk2);
    const ids = [
      a.recordCheckIn(participant('Adult#1'), { writeBack: false }),
      b.recordCheckIn(participant('Adult#2'), { writeBack: false }),
      a.recordCheckIn(participant('Child#1'), { writeBack: false }),
    ].map((r) => (r.recorded ? r.checkIn.id : null));
    expect(ids).toEqual(['desk-a:1', 'desk-b2:1', 'desk-a:2']);
    db.close();
  });

  it('joins a caller transaction, so the outbox item and the check-in commit together or not at all', () => {
    const db = open();
    const ledger = createCheckInLedger(db, desk2);
    const outbox = createOutboxStore(db);
    const account = {
      mode: 'live',
      backend: 'reservie',
      baseUrl: 'https://venue.example/api/v1',
      credentialId: 'key-fingerprint',
    } as const;
    const both = db.transaction(() => {
      const r = ledger.recordCheckIn(walkIn(), { writeBack: true });
      if (!r.recorded) throw new Error('expected a new check-in');
      outbox.enqueue({
        kind: 'reservie.passRegistration',
        account,
        referenceId: r.checkIn.id,
        payload: {},
      });
      throw new Error('power cut');
    });
    expect(() => both()).toThrow('power cut');
    expect(ledger.get('desk-b2:1')).toBeNull();
    expect(outbox.listFor(account)).toEqual([]);
    db.close();
  });

  it('refuses a bad desk or a bad record with a clear error and writes nothing', () => {
    const db = open();
    expect(() => createCheckInLedger(db, { id: 'desk:1', name: 'x' })).toThrow(/desk id must be/);
    expect(() => createCheckInLedger(db, { id: 'd', name: ' ' })).toThrow(/needs a name/);
    const ledger = createCheckInLedger(db, desk2);
    expect(() => ledger.recordCheckIn(walkIn({ day: '1 Dec' }), { writeBack: true })).toThrow(
      /not a calendar day/,
    );
    expect(() => ledger.recordCheckIn(walkIn({ at: 'soon' }), { writeBack: true })).toThrow(/not a date/);
    expect(db.prepare('SELECT count(*) FROM checkin_facts').pluck().get()).toBe(0);
    db.close();
  });

  it('exports a day and a departure as CSV, undone check-ins marked, formulas defused', () => {
    const db = open();
    const ledger = createCheckInLedger(db, desk2);
    ledger.recordCheckIn(participant('Adult#1'), { writeBack: false });
    ledger.recordCheckIn(
      participant('Child#1', {
        at: '2026-12-01T08:51:00.000Z',
        person: {
          ...(participant('Child#1').person as object),
          name: '=HYPERLINK("x"), "Bo"',
        } as NewCheckIn['person'],
      }),
      { writeBack: false },
    );
    ledger.recordUndo('desk-b2:1', { at: '2026-12-01T08:52:00.000Z', note: null, withdrawWriteBack: false });
    ledger.recordCheckIn(walkIn({ day: '2026-12-02', at: '2026-12-02T09:02:00.000Z' }), { writeBack: true });

    const departure = ledger.exportCsv({ backend: 'resmark', sessionId: 'act_am' }, 'Europe/London');
    expect(departure.split('\r\n')).toEqual([
      'Date,Time,Desk,Back end,Session,Session starts,Name,Customer or booking,Paid by,Pass,Write-back,Undone at,Note,Check-in id',
      '2026-12-01,08:50,Front desk 2,resmark,Morning Kayak,2026-12-01 09:00,Ana Lopez (Adult 1),1234567,Order,,Recorded here only,2026-12-01 08:52,,desk-b2:1',
      `2026-12-01,08:51,Front desk 2,resmark,Morning Kayak,2026-12-01 09:00,"'=HYPERLINK(""x""), ""Bo""",1234567,Order,,Recorded here only,,,desk-b2:2`,
      '',
    ]);
    const day = ledger.exportCsv({ day: '2026-12-02' }, 'Europe/London').split('\r\n');
    expect(day).toHaveLength(3);
    expect(day[1]).toBe(
      '2026-12-02,09:02,Front desk 2,reservie,Monday Yoga,2026-12-01 09:00,Jane Smith,cus_7,Pass,cp_10,Saved on this desk,,,desk-b2:4',
    );
    db.close();
  });
});
