// Core (plain Node): demo mode — both simulators started in-process on free loopback ports, with
// their demo credentials, so a newcomer sees the app work with no account at all.
import { startReservieSim, startResmarkSim, type RunningSim } from '../../sim/index';
import { createLink, type Link, type LinkDeps } from './links';

export interface DemoLinks {
  links: Link[];
  sims: RunningSim[];
  close(): Promise<void>;
}

export async function startDemoLinks(deps: LinkDeps): Promise<DemoLinks> {
  const [reservie, resmark] = await Promise.all([startReservieSim(), startResmarkSim()]);
  const links = [
    createLink(
      {
        backend: 'reservie',
        baseUrl: reservie.baseUrl,
        apiKey: reservie.credentials.apiKey!,
        apiSecret: reservie.credentials.apiSecret!,
      },
      'demo',
      'Demo studio (yoga & climbing)',
      deps,
    ),
    createLink(
      {
        backend: 'resmark',
        baseUrl: resmark.baseUrl,
        username: resmark.credentials.username!,
        apiKey: resmark.credentials.apikey!,
      },
      'demo',
      'Demo tours',
      deps,
    ),
  ];
  return {
    links,
    sims: [reservie, resmark],
    async close() {
      for (const link of links) link.close();
      await Promise.all([reservie.close(), resmark.close()]);
    },
  };
}
