// Renderer: one tap to confirm who is checking in; the public name is all that is shown.
import { useStores } from '../../app/stores-context';
import { Button } from '../../ui/Button';
import type { KioskMatch } from '../../../../shared/domain/checkin';

export function ConfirmScreen({ person, busy }: { person: KioskMatch; busy: boolean }) {
  const { kioskGuest } = useStores();
  return (
    <section className="kiosk-screen" aria-labelledby="kiosk-title">
      <h1 id="kiosk-title" className="kiosk-title">
        Check in as {person.displayName}?
      </h1>
      <div className="kiosk-actions">
        <Button
          variant="primary"
          size="lg"
          className="kiosk-button"
          busy={busy}
          autoFocus
          onClick={() => void kioskGuest.getState().confirm()}
        >
          {busy ? 'Checking you in…' : 'Yes, check me in'}
        </Button>
        <Button
          size="lg"
          className="kiosk-button"
          disabled={busy}
          onClick={() => kioskGuest.getState().reset()}
        >
          No, go back
        </Button>
      </div>
    </section>
  );
}
