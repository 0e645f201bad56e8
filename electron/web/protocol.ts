// Shared by the web host (Node) and its browser bridge: the WebSocket message shapes and the
// names both sides must agree on. Pure TS, no Node or DOM imports.
import type { Result } from '../../shared/ipc/result';

/** Path of the WebSocket endpoint and of the bridge script on the web host. */
export const WS_PATH = '/__frontdesk/ws';
export const BRIDGE_PATH = '/__frontdesk/bridge.js';
/** The launch token travels as a WebSocket subprotocol, so it never appears in a logged URL. */
export const TOKEN_PROTOCOL_PREFIX = 'frontdesk-token.';

export interface CallMessage {
  id: number;
  channel: string;
  input?: unknown;
}

export type ServerMessage =
  | { kind: 'result'; id: number | null; result: Result<unknown> }
  | { kind: 'event'; event: string; payload: unknown };
