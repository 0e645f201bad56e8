// Renderer: how the check-in went, in the guest's words: the session and the uses left, "already
// checked in", or the refusal's reason with "please see the desk". The shell returns to the start.
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
  return (
    <section
      className={`kiosk-screen kiosk-result kiosk-result--${outcome.kind}`}
      aria-labelledby="kiosk-title"
      role="status"
    >
      <h1 id="kiosk-title" className="kiosk-title">
        {title(outcome, person)}
      </h1>
      {outcome.kind !== 'refused' && outcome.sessionName && (
        <p className="kiosk-session">{outcome.sessionName}</p>
      )}
      {outcome.kind === 'checkedIn' && <p className="kiosk-detail">{usesLeft(outcome.remainingUses)}</p>}
      {outcome.kind === 'refused' && (
        <>
          <p className="kiosk-detail">{`${outcome.message.replace(/\.$/, '')}.`}</p>
          <p className="kiosk-detail">Please see the desk.</p>
        </>
      )}
      <div className="kiosk-actions">
        <Button variant="primary" size="lg" className="kiosk-button" autoFocus onClick={onDone}>
          Done
        </Button>
      </div>
      <p className="kiosk-hint">This screen goes back to the start in a few seconds.</p>
    </section>
  );
}

function title(outcome: KioskOutcome, person: KioskMatch): string {
  if (outcome.kind === 'checkedIn') return `You're checked in, ${person.displayName}`;
  if (outcome.kind === 'alreadyIn') return `You're already checked in, ${person.displayName}`;
  return "We couldn't check you in";
}

function usesLeft(n: number | null): string {
  // No pass was spent: they were booked (and paid) already.
  if (n === null) return 'You were booked: nothing was taken from your pass.';
  return `${n} ${n === 1 ? 'use' : 'uses'} left on your pass`;
}
