// Web bridge (browser, loaded by the web host before the app): defines `window.frontdesk` over a
// WebSocket to the loopback host, so the renderer runs unchanged outside Electron.
import { buildApi, type Api } from '../../../shared/ipc/api';
import { fail } from '../../../shared/ipc/result';
import { TOKEN_PROTOCOL_PREFIX, WS_PATH } from '../protocol';
import { createBridgeClient } from './bridge-client';
import { readLaunchToken } from './launch-token';

declare global {
  interface Window {
    frontdesk?: Api;
  }
}

const token = readLaunchToken();

if (token) {
  const client = createBridgeClient({
    openSocket: () => new WebSocket(`ws://${location.host}${WS_PATH}`, [TOKEN_PROTOCOL_PREFIX + token]),
    schedule: (reconnect, ms) => void setTimeout(reconnect, ms),
  });
  window.frontdesk = Object.freeze(buildApi(client.invoke, client.subscribe));
} else {
  const noToken = fail(
    'FORBIDDEN',
    'Open Frontdesk with the address the web host printed (it carries the launch token).',
  );
  window.frontdesk = Object.freeze(
    buildApi(
      () => Promise.resolve(noToken),
      () => () => {},
    ),
  );
}
