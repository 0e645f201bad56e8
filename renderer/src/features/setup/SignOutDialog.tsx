// Renderer: confirms signing out of a back end, optionally wiping this device's saved data.
import { useRef, useState } from 'react';
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
    else setError(signOutErrorText(result.error));
  };

  return (
    <Dialog
      title={`Sign out of ${label.product}?`}
      tone="danger"
      initialFocus={cancelRef}
      onCancel={() => {
        if (!busy) onClose();
      }}
      actions={
        <>
          <Button ref={cancelRef} variant="secondary" size="lg" onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button variant="danger" size="lg" busy={busy} onClick={() => void confirm()}>
            {busy ? 'Signing out…' : 'Sign out'}
          </Button>
        </>
      }
    >
      <p>
        This device will forget the {label.product} credentials
        {backend.account ? (
          <>
            {' '}
            for <strong>{backend.account}</strong>
          </>
        ) : null}
        . {label.kind} will stop syncing until someone connects again.
      </p>
      <label className="check">
        <input type="checkbox" checked={wipe} disabled={busy} onChange={(e) => setWipe(e.target.checked)} />
        <span className="check__box" aria-hidden="true" />
        <span className="check__text">
          <span className="check__label">
            Also delete this device's saved data (customers, sessions, orders)
          </span>
          <span className="check__hint">
            Leave it unticked to keep searching saved customers offline. Tick it before handing this computer
            to someone else.
          </span>
        </span>
      </label>
      {error && <Banner tone="danger" urgent title={error} />}
    </Dialog>
  );
}
