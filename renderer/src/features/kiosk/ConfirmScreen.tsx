// Renderer: one tap to confirm who is checking in; the public name is all that is shown.
import { useTranslation } from 'react-i18next';
import { useStores } from '../../app/stores-context';
import { Button } from '../../ui/Button';
import type { KioskMatch } from '../../../../shared/domain/checkin';

export function ConfirmScreen({ person, busy }: { person: KioskMatch; busy: boolean }) {
  const { kioskGuest } = useStores();
  const { t } = useTranslation('kiosk');
  return (
    <section className="kiosk-screen" aria-labelledby="kiosk-title">
      <h1 id="kiosk-title" className="kiosk-title">
        {t('confirm.title', { name: person.displayName })}
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
          {busy ? t('confirm.busy') : t('confirm.yes')}
        </Button>
        <Button
          size="lg"
          className="kiosk-button"
          disabled={busy}
          onClick={() => kioskGuest.getState().reset()}
        >
          {t('confirm.no')}
        </Button>
      </div>
    </section>
  );
}
