// Core (plain Node): demo mode — the host's demo back ends (the built-in simulators, on free
// loopback ports, with their demo credentials) as links, so a newcomer sees the app work with no
// account at all. The core never imports the simulators: the host hands them in.
import type { StartDemoBackends } from '../ports';
import { createLink, type Link, type LinkDeps } from './links';

export interface DemoLinks {
  links: Link[];
  close(): Promise<void>;
}

export async function startDemoLinks(start: StartDemoBackends, deps: LinkDeps): Promise<DemoLinks> {
  const running = await start();
  const links = running.backends.map(({ credentials, label }) =>
    createLink(credentials, 'demo', label, deps),
  );
  return {
    links,
    async close() {
      for (const link of links) link.close();
      await running.close();
    },
  };
}
