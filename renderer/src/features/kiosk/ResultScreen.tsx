// Renderer: how the check-in went, in the guest's words: the session and the uses left, "already
// checked in", or the refusal's reason with "please see the desk". The shell returns to the start.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useSay } from '../../i18n/say';
import { Button } from '../../ui/Button';
import type { KioskMatch } from '../../../../shared/domain/checkin';
import type { KioskOutcome } from './kiosk-store';

export function ResultScreen({
  person,
  outcome,
  onDone,
}: {
  person: KioskMatch;
  outcome: KioskOutcome;
  onDone: () => void;
}) {
  const { t } = useTranslation('kiosk');
  const say = useSay();
  return (
    <section
      className={`kiosk-screen kiosk-result kiosk-result--${outcome.kind}`}
      aria-labelledby="kiosk-title"
      role="status"
    >
      <h1 id="kiosk-title" className="kiosk-title">
        {title(t, outcome, person)}
      </h1>
      {outcome.kind !== 'refused' && outcome.sessionName && (
        <p className="kiosk-session">{outcome.sessionName}</p>
      )}
      {outcome.kind === 'checkedIn' && <p className="kiosk-detail">{usesLeft(t, outcome.remainingUses)}</p>}
      {outcome.kind === 'refused' && (
        <>
          {outcome.said && (
            <p className="kiosk-detail">{t('result.refusedReason', { reason: say(outcome.said) })}</p>
          )}
          <p className="kiosk-detail">{t('result.seeDesk')}</p>
        </>
      )}
      <div className="kiosk-actions">
        <Button variant="primary" size="lg" className="kiosk-button" autoFocus onClick={onDone}>
          {t('result.done')}
        </Button>
      </div>
      <p className="kiosk-hint">{t('result.backSoon')}</p>
    </section>
  );
}

type KioskT = TFunction<'kiosk'>;

function title(t: KioskT, outcome: KioskOutcome, person: KioskMatch): string {
  if (outcome.kind === 'checkedIn') return t('result.checkedIn', { name: person.displayName });
  if (outcome.kind === 'alreadyIn') return t('result.alreadyIn', { name: person.displayName });
  return t('result.refused');
}

function usesLeft(t: KioskT, n: number | null): string {
  // No pass was spent: they were booked (and paid) already.
  if (n === null) return t('result.booked');
  return t('result.usesLeft', { count: n });
}
