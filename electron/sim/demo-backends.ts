// Simulator (plain Node): demo mode's back ends, as the hosts hand them to the core (the
// StartDemoBackends port). Both simulators on free loopback ports, with their test controls off:
// in demo mode nobody can move the clock, inject faults or read stats over `/_sim`.
import type { RunningDemoBackends } from '../core/ports';
import { startReservieSim } from './reservie/reservie-sim';
import { startResmarkSim } from './resmark/resmark-sim';

export async function startDemoBackends(): Promise<RunningDemoBackends> {
  const [reservie, resmark] = await Promise.all([
    startReservieSim({ control: false }),
    startResmarkSim({ control: false }),
  ]);
  const demoSecret = (creds: Record<string, string>, name: string) => {
    const value = creds[name];
    if (!value) throw new Error(`the simulator did not give its demo ${name}`);
    return value;
  };
  return {
    backends: [
      {
        credentials: {
          backend: 'reservie',
          baseUrl: reservie.baseUrl,
          apiKey: demoSecret(reservie.credentials, 'apiKey'),
          apiSecret: demoSecret(reservie.credentials, 'apiSecret'),
        },
        label: 'Demo studio (yoga & climbing)',
      },
      {
        credentials: {
          backend: 'resmark',
          baseUrl: resmark.baseUrl,
          username: demoSecret(resmark.credentials, 'username'),
          apiKey: demoSecret(resmark.credentials, 'apikey'),
        },
        label: 'Demo tours',
      },
    ],
    async close() {
      await Promise.all([reservie.close(), resmark.close()]);
    },
  };
}
