// Renderer: the live back ends this desk is signed in to, each with its account and a Sign out button.
import { useState } from 'react';
import type { BackendId, BackendStatus } from '../../../../shared/domain/backend';
import { useStores } from '../../app/stores-context';
import { BACKEND_LABEL, hostOf } from '../../lib/backends';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { SignOutDialog } from './SignOutDialog';

const CONNECTION: Record<
  BackendStatus['connection'],
  { text: string; tone: 'success' | 'danger' | 'neutral' }
> = {
  online: { text: 'Online', tone: 'success' },
  offline: { text: 'Offline', tone: 'danger' },
  unknown: { text: 'Connecting…', tone: 'neutral' },
};

export function ConnectedBackends({ backends }: { backends: BackendStatus[] }) {
  const { ui } = useStores();
  const [signingOut, setSigningOut] = useState<BackendId | null>(null);
  const target = backends.find((b) => b.backend === signingOut);

  return (
    <Card title="Connected" className="connected" headingLevel={2}>
      <ul className="connected__list">
        {backends.map((b) => {
          const label = BACKEND_LABEL[b.backend];
          const conn = CONNECTION[b.connection];
          return (
            <li key={b.backend} className="connected__row" data-backend={b.backend}>
              <div className="connected__who">
                <p className="connected__name">
                  {label.product} <span className="connected__kind">· {label.kind}</span>
                </p>
                <p className="connected__account">
                  {b.account ?? 'Signed in'} · {hostOf(b.baseUrl)}
                </p>
              </div>
              <Badge tone={conn.tone} dot>
                {conn.text}
              </Badge>
              <Button
                variant="secondary"
                aria-label={`Sign out of ${label.product}`}
                onClick={() => setSigningOut(b.backend)}
              >
                Sign out
              </Button>
            </li>
          );
        })}
      </ul>
      {target && (
        <SignOutDialog
          backend={target}
          onClose={() => setSigningOut(null)}
          onSignedOut={(stillLive) => {
            setSigningOut(null);
            const product = BACKEND_LABEL[target.backend].product;
            ui.getState().showFlash(
              'success',
              stillLive
                ? `Signed out of ${product}.`
                : `Signed out of ${product}. Frontdesk shows demo data until you connect a booking system.`,
            );
          }}
        />
      )}
    </Card>
  );
}
