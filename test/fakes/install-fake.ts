// Test double (browser): installs the fake as window.frontdesk before the app's scripts run; the
// options come from window.__frontdeskFakeOptions, set by the init script that loads this bundle.
import { createFakeBackend, type FakeApiOptions, type FakeControls } from './fake-api';

const g = globalThis as typeof globalThis & {
  __frontdeskFakeOptions?: FakeApiOptions;
  __frontdeskFake?: FakeControls;
  frontdesk?: unknown;
};

const { api, controls } = createFakeBackend(g.__frontdeskFakeOptions ?? {});
g.frontdesk = Object.freeze(api);
g.__frontdeskFake = controls;
