// Test/dev support (Node): both back ends as simulator processes (`npm run sim`), with their /_sim
// controls on, and the demo credentials each prints. Demo mode's own simulators run with /_sim off,
// so a test or picture that needs a slow or unreachable back end connects the desk to these.
import type { BackendCredentials } from '../../shared/domain/backend';
import { startSimProcess, type SimProcess } from './sim-process';

export interface SimPair {
  reservie: SimProcess;
  resmark: SimProcess;
  /** What Setup would be given for each, as `backend.configure` takes it. */
  credentials: BackendCredentials[];
  stop(): Promise<void>;
}

/** What Setup would be given for a Reservie simulator process (the demo credentials it prints). */
export function reservieCredentials(sim: Pick<SimProcess, 'baseUrl'>): BackendCredentials {
  return { backend: 'reservie', baseUrl: sim.baseUrl, apiKey: 'demo-key', apiSecret: 'demo-secret' };
}

export async function startSimPair(): Promise<SimPair> {
  const reservie = await startSimProcess(['--backend', 'reservie']);
  let resmark: SimProcess;
  try {
    resmark = await startSimProcess(['--backend', 'resmark']);
  } catch (err) {
    await reservie.stop();
    throw err;
  }
  return {
    reservie,
    resmark,
    credentials: [
      reservieCredentials(reservie),
      {
        backend: 'resmark',
        baseUrl: resmark.baseUrl,
        username: 'demo@frontdesk.test',
        apiKey: 'demo-api-key',
      },
    ],
    stop: async () => {
      await Promise.all([reservie.stop(), resmark.stop()]);
    },
  };
}
