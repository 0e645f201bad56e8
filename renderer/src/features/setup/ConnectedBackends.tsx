// Renderer: the live back ends this desk is signed in to, each with its account and a Sign out button.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackendId, BackendStatus } from '../../../../shared/domain/backend';
import { useStores } from '../../app/stores-context';
import { BACKEND_LABEL, hostOf } from '../../lib/backends';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { SignOutDialog } from './SignOutDialog';

const TONE: Record<BackendStatus['connection'], 'success' | 'danger' | 'neutral'> = {
  online: 'success',
  offline: 'danger',
  unknown: 'neutral',
};

export function ConnectedBackends({ backends }: { backends: BackendStatus[] }) {
  const { t } = useTranslation('setup');
  const { ui } = useStores();
  const [signingOut, setSigningOut] = useState<BackendId | null>(null);
  const target = backends.find((b) => b.backend === signingOut);

  return (
    <Card title={t('connected.title')} className="connected" headingLevel={2}>
      <ul className="connected__list">
        {backends.map((b) => {
          const label = BACKEND_LABEL[b.backend];
          return (
            <li key={b.backend} className="connected__row" data-backend={b.backend}>
              <div className="connected__who">
                <p className="connected__name">
                  {label.product} <span className="connected__kind">· {t(`kind.${b.backend}`)}</span>
                </p>
                <p className="connected__account">
                  {b.account ?? t('connected.signedIn')} · {hostOf(b.baseUrl)}
                </p>
              </div>
              <Badge tone={TONE[b.connection]} dot>
                {t(`connected.${b.connection}`)}
              </Badge>
              <Button
                variant="secondary"
                aria-label={t('connected.signOutOf', { product: label.product })}
                onClick={() => setSigningOut(b.backend)}
              >
                {t('connected.signOut')}
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
              stillLive ? t('flash.signedOut', { product }) : t('flash.signedOutToDemo', { product }),
            );
          }}
        />
      )}
    </Card>
  );
}
