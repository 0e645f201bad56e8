// E2E (Chromium + web host, demo mode): check-in at the desk. A booked customer is checked in with
// nothing spent, and a second try says "already checked in"; online, a walk-in spends one use of a
// pass that Reservie confirms at once, and Undo then says to cancel it there; a walk-in with no
// usable pass is refused with its exact reason. Against a simulator process that is then stopped:
// the use is spent at once, the write-back waits, Undo gives the use back, three walk-ins on a
// session staff picked move its "checked in" count, and when the simulator is back exactly three
// registrations arrive, each pass one use lower. Axe runs on the panel in each state.
//
// The venue's check-in window is set wide (a day either side) so that today's demo sessions are
// open whatever time the suite runs; the customers for each case are found through the contract
// from the deterministic demo seed, never by id.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import {
  test as base,
  connectToSims,
  expect,
  reservieCredentials,
  startWebHostProcess,
  stopProcess,
  type WebHostProcess,
} from './fixtures';
import { expectAccessible } from './axe';
import { startSimProcess } from '../support/sim-process';
import { simApi, type SimApi } from '../support/sim-api';
import { placesLeft } from '../support/demo-room';

const test = base.extend<{ host: WebHostProcess }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-e2e-checkin-'));
    writeFileSync(
      join(dataDir, 'settings.json'),
      JSON.stringify({
        backends: {},
        checkIn: { reservieOpensMinutesBefore: 24 * 60, reservieClosesMinutesAfterEnd: 24 * 60 },
      }),
    );
    const { host, child } = await startWebHostProcess(dataDir);
    await use(host);
    await stopProcess(child);
    rmSync(dataDir, { recursive: true, force: true });
  },
});

// findPerson reads the demo seed through the contract (ten searches, then each candidate's
// options): about 20 s here on a quiet machine and over a minute with the CI's CPU hogs and a
// second suite beside it, past Playwright's default 60 s. The limit only ends a hung test.
test.describe.configure({ timeout: 180_000 });

type Case = 'booked' | 'walkIn' | 'noPass';

interface Person {
  id: string;
  name: string;
  email: string;
  sessionId: string;
  sessionName: string;
  pass: { name: string; uses: number } | null;
  /** Why a walk-in cannot pay, as the core words it (its passes' problems, or "No pass"). */
  refusal: string;
}

/** A demo customer fitting `which`, found through the contract (search, then check-in options). */
async function findPerson(page: Page, which: Case): Promise<Person> {
  await expect(page.locator('[data-freshness="fresh"]')).toBeVisible({ timeout: 45_000 });
  // A walk-in needs a place in the session: a full one is refused at the desk.
  const rooms = await placesLeft(page);
  const person = await page.evaluate(
    async ({ wanted, rooms }) => {
      const api = window.frontdesk!;
      const seen = new Map<string, { name: string; email: string }>();
      for (const q of ['an', 'ar', 'el', 'ma', 'li', 'on', 'ch', 'ja', 'ro', 'sa']) {
        const r = await api.customers.search({ query: q, limit: 100 });
        if (!r.ok) throw new Error(r.error.message);
        for (const h of r.value)
          if (h.kind === 'customer' && h.email) seen.set(h.id, { name: h.name, email: h.email });
      }
      for (const [id, c] of seen) {
        const o = await api.checkin.options({ customerId: id });
        if (!o.ok) continue;
        // A walk-in (paying or not) is checked in to an open session today with a place left: demo
        // classes are often full, and the desk refuses a walk-in to a full one ("… is full (16 of 16)")
        // before it looks at passes. A booked customer uses the default session (their booking's).
        const session =
          wanted !== 'booked'
            ? o.value.sessions.find(
                (s) =>
                  s.open &&
                  !s.booked &&
                  (rooms[s.id] ?? 0) > 0 &&
                  new Date(s.startsAt).toDateString() === new Date().toDateString(),
              )
            : o.value.sessions.find((s) => s.id === o.value.defaultSessionId);
        if (!session || session.checkedIn) continue;
        const pass = o.value.passes.find((p) => p.id === o.value.defaultPassId) ?? null;
        const fits =
          wanted === 'booked'
            ? session.booked
            : !session.booked &&
              (wanted === 'noPass'
                ? // A pass of theirs is used up: the refusal must name it ("… used up on 12 Nov").
                  o.value.defaultPassId === null &&
                  o.value.passes.some((p) => /used up/.test(p.problem ?? ''))
                : pass !== null);
        if (!fits) continue;
        // Their e-mail must find them alone, so the card on screen is theirs.
        const byEmail = await api.customers.search({ query: c.email, limit: 5 });
        if (!byEmail.ok || byEmail.value.length !== 1) continue;
        const problems = o.value.passes.map((p) => p.problem).filter((p): p is string => p !== null);
        return {
          id,
          name: c.name,
          email: c.email,
          sessionId: session.id,
          sessionName: session.name,
          pass: pass ? { name: pass.passName, uses: pass.remainingUses } : null,
          refusal: o.value.passes.length === 0 ? 'No pass' : problems.join('; '),
        };
      }
      return null;
    },
    { wanted: which, rooms },
  );
  if (!person) throw new Error(`no demo customer fits the ${which} case`);
  return person;
}

/** Today's checked-in count for one session, as the core reports it (checkin:today). */
async function checkedInCount(page: Page, sessionId: string): Promise<number> {
  return page.evaluate(async (id) => {
    const r = await window.frontdesk!.checkin.today();
    if (!r.ok) throw new Error(r.error.message);
    return r.value.find((s) => s.id === id)?.checkedIn ?? 0;
  }, sessionId);
}

async function openCheckIn(page: Page, person: Person) {
  const search = page.getByRole('searchbox', { name: 'Find a customer' });
  await search.fill(person.email);
  // The last search's cards stay up until this one's answer lands, and two walk-ins may share a
  // name (two Eilidh Andersons once did): wait for the results of this e-mail, then their card.
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.getByText(`for “${person.email}”`)).toBeVisible();
  const card = results.getByRole('article', { name: person.name }).filter({ hasText: person.email });
  await expect(card).toBeVisible();
  // Their check-in may still be open from a moment ago (checked in, then undone).
  const open = card.getByRole('button', { name: 'Open check-in' });
  if (await open.isVisible()) await open.click();
  const panel = card.getByRole('region', { name: 'Check-in' });
  await expect(panel).toHaveAttribute('data-state', 'ready');
  // Staff pick the session when it is not the default one (the radio's value is the session id).
  const session = panel.getByRole('group', { name: 'Session' }).locator(`input[value="${person.sessionId}"]`);
  if (!(await session.isChecked())) await session.check();
  return { search, card, panel };
}

/** Presses Check in for a walk-in and expects their pass one use lower, sent to Reservie in time. */
async function checkInWalkIn(panel: Locator, pass: { name: string; uses: number }) {
  await panel.getByRole('button', { name: 'Check in', exact: true }).click();
  const result = panel.getByRole('status');
  const left = pass.uses - 1;
  await expect(result).toContainText('Checked in');
  await expect(result).toContainText(`${pass.name}: ${left} ${left === 1 ? 'use' : 'uses'} left`);
  await expect(result).toContainText('Saved on this desk, sending to Reservie');
  return { result, left };
}

async function passUses(page: Page, customerId: string, passName: string): Promise<number> {
  return page.evaluate(
    async ({ customerId, passName }) => {
      const o = await window.frontdesk!.checkin.options({ customerId });
      if (!o.ok) throw new Error(o.error.message);
      return o.value.passes.find((p) => p.passName === passName)!.remainingUses;
    },
    { customerId, passName },
  );
}

test('a booked customer is checked in with nothing spent; a second try says already checked in', async ({
  app,
}) => {
  const person = await findPerson(app, 'booked');
  const usesBefore = person.pass ? await passUses(app, person.id, person.pass.name) : null;
  const { search, panel } = await openCheckIn(app, person);

  // Their booked session is preselected, and the pass is not asked for.
  const session = panel.getByRole('group', { name: 'Session' });
  await expect(session.getByRole('radio', { name: new RegExp(person.sessionName) }).first()).toBeChecked();
  await expect(panel).toContainText('the booking has paid, so no pass is used');
  await expectAccessible(app, 'check-in panel, ready');

  await panel.getByRole('button', { name: 'Check in', exact: true }).click();
  const result = panel.getByRole('status');
  await expect(result).toContainText('Checked in');
  await expect(result).toContainText(person.sessionName);
  await expect(result).toContainText('Booked: nothing used, the booking paid.');
  await expect(result).toContainText('Recorded on this desk');
  // The next person can be typed at once.
  await expect(search).toBeFocused();
  await expectAccessible(app, 'check-in panel, checked in (booked)');
  if (usesBefore !== null) expect(await passUses(app, person.id, person.pass!.name)).toBe(usesBefore);

  await panel.getByRole('button', { name: 'Check in', exact: true }).click();
  await expect(result).toContainText(/Already checked in at \d{1,2}:\d{2}.* on Front desk/);
  await expect(result).toContainText('Nothing was used or sent again.');
  await expect(panel.getByRole('button', { name: 'Undo check-in' })).toHaveCount(0);
  await expectAccessible(app, 'check-in panel, already checked in');
});

test('online, a walk-in spends one use that Reservie confirms; Undo then says to cancel it there', async ({
  app,
}) => {
  const person = await findPerson(app, 'walkIn');
  const pass = person.pass!;
  const { panel } = await openCheckIn(app, person);

  await expect(
    panel.getByRole('group', { name: 'Pays with' }).getByRole('radio', { checked: true }),
  ).toHaveCount(1);
  const { result, left } = await checkInWalkIn(panel, pass);
  await expect(result).toContainText('Checked against Reservie just now');
  expect(await checkedInCount(app, person.sessionId)).toBe(1);
  await expectAccessible(app, 'check-in panel, checked in (walk-in)');
  // The demo back end is up, so the write-back goes at once; the use stays spent throughout
  // (this desk's pending use gives way to the server's own count, never to the old one).
  await expect(app.getByText(/waiting to send/)).toHaveCount(0, { timeout: 30_000 });
  expect(await passUses(app, person.id, pass.name)).toBe(left);

  await panel.getByRole('button', { name: 'Undo check-in' }).click();
  const undone = panel.getByRole('status');
  await expect(undone).toHaveAttribute('data-outcome', 'undone');
  await expect(undone).toContainText(/Reservie/);
  await expect.poll(() => checkedInCount(app, person.sessionId)).toBe(0);
  await expectAccessible(app, 'check-in panel, undone after sending');
});

test('a walk-in whose pass is used up is refused with the exact reason and a note on selling one', async ({
  app,
}) => {
  const person = await findPerson(app, 'noPass');
  const { panel } = await openCheckIn(app, person);
  await panel.getByRole('button', { name: 'Check in', exact: true }).click();
  const result = panel.getByRole('status');
  await expect(result).toHaveAttribute('data-outcome', 'refused');
  await expect(result).toContainText(`Not checked in: ${person.refusal}`);
  await expect(result).toContainText(/used up/);
  await expect(result).toContainText('A new pass would let them in: sell one here');
  await expect(app.getByText(/waiting to send/)).toHaveCount(0);
  await expectAccessible(app, 'check-in panel, refused');
  // Sell a pass: the Reservie sale opens on the session they came for.
  await result.getByRole('button', { name: 'Sell a pass' }).click();
  await expect(app.getByRole('heading', { name: 'Walk-up sale', level: 1 })).toBeVisible();
  const sessionName = new RegExp(`^${person.sessionName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} at `);
  await expect(app.getByRole('radio', { name: sessionName, checked: true })).toHaveCount(1);
});

test('Enter on the highlighted result opens its check-in with the Check in button focused', async ({
  app,
}) => {
  // Booked: checked in on the default session whether or not it is full (walk-ins pick one with room).
  const person = await findPerson(app, 'booked');
  const search = app.getByRole('searchbox', { name: 'Find a customer' });
  await search.fill(person.email);
  const card = app
    .getByRole('region', { name: 'Search results' })
    .getByRole('article', { name: person.name });
  await expect(card).toBeVisible();
  await search.press('Enter');
  const panel = card.getByRole('region', { name: 'Check-in' });
  await expect(panel.getByRole('button', { name: 'Check in', exact: true })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(panel.getByRole('status')).toContainText('Checked in');
  await expect(search).toBeFocused();
});

test('a scanner burst of a customer id opens that customer; the same id typed by hand is a search', async ({
  app,
}) => {
  const person = await findPerson(app, 'booked');
  const search = app.getByRole('searchbox', { name: 'Find a customer' });
  await search.focus();

  // A person typing the id: keys at least 80 ms apart, so it is a search (ids are not searched).
  await search.pressSequentially(person.id, { delay: 80 });
  await search.press('Enter');
  const results = app.getByRole('region', { name: 'Search results' });
  await expect(results).toContainText(`No customers match “${person.id}”`);
  await expect(app.getByRole('article', { name: person.name })).toHaveCount(0);
  await search.fill('');

  // A keyboard-wedge scanner: the whole id and Enter as one burst of key presses in the page.
  await app.evaluate((code) => {
    const input = document.activeElement as HTMLElement;
    for (const key of [...code, 'Enter'])
      input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  }, person.id);
  const scanned = app.getByRole('article', { name: person.name });
  await expect(scanned).toContainText('Scanned');
  const panel = scanned.getByRole('region', { name: 'Check-in' });
  await expect(panel.getByRole('button', { name: 'Check in', exact: true })).toBeVisible();
  await expectAccessible(app, 'check-in panel, opened by a scan');
  await panel.getByRole('button', { name: 'Check in', exact: true }).click();
  await expect(panel.getByRole('status')).toContainText('Checked in');
  await expect(search).toBeFocused();
});

/**
 * `count` walk-ins who can all be checked in to one session that is not the one the desk picks for
 * them (so staff pick it): open today and still listed when the test ends, room for them all, none
 * of them booked or in it yet, each with a valid pass (its id too, to read it back on the server).
 */
async function findWalkInsOnAnotherSession(page: Page, count: number) {
  await expect(page.locator('[data-freshness="fresh"]')).toBeVisible({ timeout: 45_000 });
  const rooms = await placesLeft(page);
  const found = await page.evaluate(
    async ({ wanted, rooms, budgetMs }) => {
      const api = window.frontdesk!;
      const venue = await api.app.venue();
      if (!venue.ok) throw new Error(venue.error.message);
      const groups = new Map<
        string,
        { id: string; name: string; email: string; pass: { id: string; name: string; uses: number } }[]
      >();
      for (const q of ['an', 'ar', 'el', 'ma', 'li', 'on', 'ch', 'ja', 'ro', 'sa']) {
        const r = await api.customers.search({ query: q, limit: 100 });
        if (!r.ok) throw new Error(r.error.message);
        for (const h of r.value) {
          if (h.kind !== 'customer' || !h.email) continue;
          if ([...groups.values()].some((g) => g.some((p) => p.id === h.id))) continue;
          const o = await api.checkin.options({ customerId: h.id });
          if (!o.ok || o.value.defaultPassId === null || o.value.defaultSessionId === null) continue;
          const pass = o.value.passes.find((p) => p.id === o.value.defaultPassId)!;
          // Their e-mail must find them alone, so the card on screen is theirs.
          const byEmail = await api.customers.search({ query: h.email, limit: 5 });
          if (!byEmail.ok || byEmail.value.length !== 1) continue;
          for (const s of o.value.sessions) {
            const fits =
              s.open &&
              !s.booked &&
              !s.checkedIn &&
              s.id !== o.value.defaultSessionId &&
              // Still listed when the test ends: today's list folds a session away into "Earlier
              // today" once it ends, so it must end after this test's whole budget. (It once ended
              // a minute in, between two check-ins, and the count was no longer on screen.)
              Date.parse(s.endsAt) > Date.now() + budgetMs &&
              (rooms[s.id] ?? 0) >= wanted &&
              new Date(s.startsAt).toDateString() === new Date().toDateString();
            if (!fits) continue;
            const group = groups.get(s.id) ?? [];
            group.push({
              id: h.id,
              name: h.name,
              email: h.email,
              pass: { id: pass.id, name: pass.passName, uses: pass.remainingUses },
            });
            groups.set(s.id, group);
            if (group.length === wanted) {
              // As the session list shows its start: the venue's locale and zone (lib/format.ts).
              const startLabel = new Intl.DateTimeFormat(venue.value.locale, {
                hour: 'numeric',
                minute: '2-digit',
                timeZone: venue.value.timeZone,
              }).format(new Date(s.startsAt));
              return { sessionId: s.id, sessionName: s.name, startLabel, people: group };
            }
          }
        }
      }
      return null;
    },
    { wanted: count, rooms, budgetMs: test.info().timeout },
  );
  if (!found) throw new Error(`no session today with room for ${count} demo walk-ins`);
  const people: (Person & { passId: string })[] = found.people.map((p) => ({
    id: p.id,
    name: p.name,
    email: p.email,
    sessionId: found.sessionId,
    sessionName: found.sessionName,
    pass: { name: p.pass.name, uses: p.pass.uses },
    passId: p.pass.id,
    refusal: '',
  }));
  return { ...found, people };
}

/** The on-screen "N checked in" of one session in today's list. */
function checkedInOnScreen(page: Page, sessionName: string, startLabel: string) {
  return page
    .getByRole('list', { name: "Today's sessions" })
    .getByRole('list', { name: /^Starting at / })
    .getByRole('listitem')
    .filter({ hasText: sessionName })
    .filter({ hasText: startLabel })
    .getByText(/\d+ checked in/);
}

test('offline, three walk-ins are decided from the saved copy and wait to send; back online, exactly three registrations arrive', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const sim = await startSimProcess(['--backend', 'reservie']);
  try {
    await connectToSims(app, { credentials: [reservieCredentials(sim)] });
    await expect(app.locator('[data-backend="reservie"]')).toHaveAttribute('data-connection', 'online');
    const { sessionId, sessionName, startLabel, people } = await findWalkInsOnAnotherSession(app, 3);
    const server = await simApi(sim.baseUrl);
    const registered = async (api: SimApi) =>
      (
        await api.get<{ registrations: { customerId: string; status?: string }[] }>(
          `/events/${sessionId}/registrations?perPage=100`,
        )
      ).registrations.map((r) => r.customerId);
    const usesOnServer = (api: SimApi, passId: string) =>
      api.get<{ remainingUses: number }>(`/customer-passes/${passId}`).then((p) => p.remainingUses);
    const before = await registered(server);
    const usesBefore = await Promise.all(people.map((p) => usesOnServer(server, p.passId)));
    const shown = checkedInOnScreen(app, sessionName, startLabel);
    await expect(shown).toHaveText('0 checked in');

    // Stopped, not faulted: a refused connection is a send that cannot have arrived, so Undo may
    // withdraw it (a reset mid-request would leave the outcome unknown).
    await sim.stop();
    await app.getByRole('button', { name: 'Sync now' }).click();
    await expect(app.locator('[data-backend="reservie"]')).toHaveAttribute('data-connection', 'offline', {
      timeout: 30_000,
    });

    // The first walk-in: checked in, then undone (the use comes back, nothing waits), then again.
    const [first, ...others] = people as [(typeof people)[0], ...typeof people];
    const pass = first.pass!;
    const { panel } = await openCheckIn(app, first);
    const { result, left } = await checkInWalkIn(panel, pass);
    await expect(result).toContainText("Decided from this desk's saved copy");
    await expect(app.getByText('1 change waiting to send')).toBeVisible();
    await expect(shown).toHaveText('1 checked in');
    expect(await passUses(app, first.id, pass.name)).toBe(left);
    await expectAccessible(app, 'check-in panel, checked in offline');

    await panel.getByRole('button', { name: 'Undo check-in' }).click();
    const undone = panel.getByRole('status');
    await expect(undone).toHaveAttribute('data-outcome', 'undone');
    await expect(app.getByText(/waiting to send/)).toHaveCount(0);
    await expect(shown).toHaveText('0 checked in');
    expect(await passUses(app, first.id, pass.name)).toBe(pass.uses);
    await expectAccessible(app, 'check-in panel, undone offline');

    // Three walk-ins on the session staff picked, each paying with their pass.
    for (const [i, person] of [first, ...others].entries()) {
      const { panel } = await openCheckIn(app, person);
      const { result } = await checkInWalkIn(panel, person.pass!);
      await expect(result).toContainText(sessionName);
      await expect(shown).toHaveText(`${i + 1} checked in`);
    }
    await expect(app.getByText('3 changes waiting to send')).toBeVisible();

    // The server comes back (same address, same data); the first request that gets through sends
    // the queue: exactly one registration each, each pass one use lower on the server.
    await sim.start();
    await app.getByRole('button', { name: 'Sync now' }).click();
    await expect(app.getByText(/waiting to send/)).toHaveCount(0, { timeout: 60_000 });
    const back = await simApi(sim.baseUrl);
    const after = await registered(back);
    expect(after.length - before.length).toBe(3);
    expect(after.filter((c) => !before.includes(c)).sort()).toEqual(people.map((p) => p.id).sort());
    expect(await Promise.all(people.map((p) => usesOnServer(back, p.passId)))).toEqual(
      usesBefore.map((u) => u - 1),
    );
    await expect(shown).toHaveText('3 checked in');
  } finally {
    await sim.stop();
  }
});
