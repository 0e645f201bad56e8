// Renderer: confirms signing out of a back end, optionally wiping this device's saved data.
import { useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { BackendStatus } from '../../../../shared/domain/backend';
import { useStores } from '../../app/stores-context';
import { BACKEND_LABEL } from '../../lib/backends';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { signOutErrorText } from './setup-errors';

export function SignOutDialog({
  backend,
  onClose,
  onSignedOut,
}: {
  backend: BackendStatus;
  onClose: () => void;
  onSignedOut: (stillLive: boolean) => void;
}) {
  const { t } = useTranslation('setup');
  const { status } = useStores();
  const [wipe, setWipe] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const label = BACKEND_LABEL[backend.backend];

  const confirm = async () => {
    setBusy(true);
    setError(null);
    const result = await status.getState().signOut(backend.backend, wipe);
    setBusy(false);
    if (result.ok) onSignedOut(result.value.mode === 'live');
    else setError(signOutErrorText(result.error, t));
  };

  return (
    <Dialog
      title={t('signOut.title', { product: label.product })}
      tone="danger"
      initialFocus={cancelRef}
      onCancel={() => {
        if (!busy) onClose();
      }}
      actions={
        <>
          <Button ref={cancelRef} variant="secondary" size="lg" onClick={onClose} disabled={busy}>
            {t('signOut.cancel')}
          </Button>
          <Button variant="danger" size="lg" busy={busy} onClick={() => void confirm()}>
            {busy ? t('signOut.busy') : t('signOut.confirm')}
          </Button>
        </>
      }
    >
      <p>
        <Trans
          t={t}
          i18nKey={backend.account ? 'signOut.forgetFor' : 'signOut.forget'}
          values={{ product: label.product, account: backend.account, kind: t(`kind.${backend.backend}`) }}
          components={{ b: <strong /> }}
        />
      </p>
      <label className="check">
        <input type="checkbox" checked={wipe} disabled={busy} onChange={(e) => setWipe(e.target.checked)} />
        <span className="check__box" aria-hidden="true" />
        <span className="check__text">
          <span className="check__label">{t('signOut.wipe')}</span>
          <span className="check__hint">{t('signOut.wipeHint')}</span>
        </span>
      </label>
      {error && <Banner tone="danger" urgent title={error} />}
    </Dialog>
  );
}
