// Renderer tests (Node, no DOM): the desk's own screens, rendered to HTML with German on, show none
// of their English texts. Complements translated.test.ts (catalog by catalog) by catching a string
// left in a component instead of going through t(). Rendered with react-dom/server, so only the
// first render is seen: stores are loaded first and handed over with that state as their initial one.
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand/vanilla';
import type { OutboxEntry } from '../../../shared/domain/outbox';
import { createFakeBackend } from '../../../test/fakes/fake-api';
import { createStores, type Stores } from '../app/stores';
import { StoresContext } from '../app/stores-context';
import { AppHeader } from '../features/status/AppHeader';
import { StatusBar } from '../features/status/StatusBar';
import { StatusArea } from '../features/status/StatusArea';
import { SessionsPanel } from '../features/sessions/SessionsPanel';
import { QueueScreen } from '../features/outbox/QueueScreen';
import { StaleQueueBanner } from '../features/outbox/StaleQueueBanner';
import { BackendPicker } from '../features/setup/BackendPicker';
import { ConnectedBackends } from '../features/setup/ConnectedBackends';
import { CredentialsForm } from '../features/setup/CredentialsForm';
import { DemoPanel } from '../features/setup/DemoPanel';
import { SyncControl } from '../features/sync/SyncControl';
import { createI18n } from './i18n';
import type { Language } from './languages';
import { resources } from './resources';

type Tree = { [key: string]: string | Tree };
const NAMESPACES = ['app', 'home', 'sessions', 'setup', 'status', 'sync', 'outbox', 'display'] as const;

function leaves(tree: Tree): string[] {
  return Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : leaves(v)));
}

/** English texts of these namespaces, cut at placeholders and tags into the runs a screen shows whole. */
const englishRuns = [
  ...new Set(
    NAMESPACES.flatMap((ns) => {
      const german = new Set(leaves(resources.de[ns] as Tree));
      return (
        leaves(resources.en[ns] as Tree)
          .filter((text) => !german.has(text))
          .flatMap((text) => text.split(/\{\{[^}]*\}\}|<\/?\w+>/))
          .map((run) => run.trim())
          // Long enough to mean something on its own ("Sign out of", not "left").
          .filter((run) => run.length >= 12 && /\p{L}/u.test(run))
      );
    }),
  ),
];

const entry = (over: Partial<OutboxEntry>): OutboxEntry => ({
  id: 1,
  kind: 'reservie.passRegistration',
  backend: 'reservie',
  referenceId: 'desk:1',
  state: 'needs_attention',
  attempts: 2,
  lastError: 'Reservie refused it: not enough uses left on the pass',
  createdAt: new Date(Date.now() - 2 * 24 * 60 * 60 * 1000).toISOString(),
  currentAccount: false,
  summary: { what: 'Check-in', who: 'Ann Kowalski', about: 'Yoga Flow', at: new Date().toISOString() },
  customerId: 'cus_1',
  actions: ['retry', 'otherPass', 'recordPayment', 'dismiss'],
  resolutions: [],
  ...over,
});

/** The store as loaded so far, offered as its initial state too (what a server render reads). */
function asLoaded<T>(store: StoreApi<T>): StoreApi<T> {
  return { ...store, getInitialState: store.getState };
}

async function loadedStores(): Promise<Stores> {
  const { api } = createFakeBackend({ mode: 'live', outboxSize: 2, lastSyncMinutesAgo: 3 });
  const stores = createStores(api);
  await stores.status.getState().load();
  await stores.sessions.getState().load();
  stores.outbox.setState({
    state: 'ready',
    items: [entry({ id: 1 }), entry({ id: 2, state: 'pending', lastError: null, actions: ['dismiss'] })],
    sendResult: { report: { sent: 1, needsAttention: 1, waiting: 1, unreachable: true } },
  });
  stores.ui.getState().showFlash('success', 'x');
  const loaded = { ...stores };
  for (const key of Object.keys(stores) as (keyof Stores)[])
    (loaded as Record<keyof Stores, StoreApi<unknown>>)[key] = asLoaded(stores[key] as StoreApi<unknown>);
  return loaded;
}

async function render(language: Language): Promise<string> {
  const stores = await loadedStores();
  const live = stores.status.getState().status?.backends.filter((b) => b.mode === 'live') ?? [];
  const screens: ReactElement[] = [
    createElement(AppHeader),
    createElement(StatusBar),
    createElement(StatusArea, { where: 'home' }),
    createElement(StaleQueueBanner),
    createElement(SessionsPanel),
    createElement(QueueScreen),
    createElement(SyncControl, {}),
    createElement(BackendPicker, {
      value: 'reservie',
      status: stores.status.getState().status,
      onChange: () => {},
    }),
    createElement(ConnectedBackends, { backends: live }),
    createElement(CredentialsForm, { backend: 'reservie', current: live[0], onConnected: () => {} }),
    createElement(CredentialsForm, { backend: 'resmark', current: undefined, onConnected: () => {} }),
    createElement(DemoPanel, { onSwitched: () => {} }),
  ];
  const html = renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n: createI18n(language) },
      createElement(StoresContext.Provider, { value: stores }, ...screens),
    ),
  );
  // What a reader or a screen reader meets: text, and the names and hints in attributes.
  return html
    .replace(/\s(?:aria-label|title|placeholder)="([^"]*)"/g, ' >$1<')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('the desk screens in German', () => {
  it('show none of their English texts', async () => {
    const german = await render('de');
    expect(englishRuns.filter((run) => german.includes(run))).toEqual([]);
    expect(german).toContain('Heutige Termine');
    expect(german).toContain('Warteschlange');
  });

  it('do show them in English (so the check above can fail)', async () => {
    const english = await render('en');
    const shown = englishRuns.filter((run) => english.includes(run));
    expect(shown).toContain("Today's sessions");
    expect(shown).toContain('Verify and save');
    expect(shown.length).toBeGreaterThan(30);
  });
});
