// Renderer: what Check in answered, in staff's words: in (with the session, the pass and its uses
// left, where the record stands and what it was decided from), already in, or refused and why.
// Undo sits here for 5 minutes after a check-in.
import type { ReactNode } from 'react';
import type { CheckInOutcome, CheckInWriteBackState } from '../../../../shared/domain/checkin';
import { formatTime, plural } from '../../lib/format';
import { useNow } from '../../lib/use-now';
import { Badge, type Tone } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { AlertIcon, CheckCircleIcon, ErrorIcon, InfoIcon } from '../../ui/icons';
import { useCheckIn, useStores } from '../../app/stores-context';
import { canOfferUndo } from './checkin-store';

const STATE: Record<CheckInWriteBackState, { text: string; tone: Tone }> = {
  saved: { text: 'Saved on this desk, sending to Reservie', tone: 'warning' },
  confirmed: { text: 'Confirmed by Reservie', tone: 'success' },
  needs_attention: { text: 'Needs attention', tone: 'danger' },
  withdrawn: { text: 'Withdrawn', tone: 'neutral' },
};

export function CheckInResult() {
  const result = useCheckIn((s) => s.result);
  const undo = useCheckIn((s) => s.undo);
  if (!result) return null;
  const { outcome } = result;
  if (undo?.undone) {
    return (
      <div className="checkin-result checkin-result--undone" role="status" data-outcome="undone">
        <ResultHead icon={<InfoIcon size={28} />} title={undo.message}>
          {undo.note && <p className="checkin-result__line checkin-result__note">{undo.note}</p>}
        </ResultHead>
      </div>
    );
  }
  return (
    <div
      className={`checkin-result checkin-result--${outcome.outcome}`}
      role="status"
      data-outcome={outcome.outcome}
    >
      {outcome.outcome === 'checked_in' && <CheckedIn outcome={outcome} passName={result.passName} />}
      {outcome.outcome === 'already_checked_in' && (
        <ResultHead icon={<AlertIcon size={28} />} title={outcome.message}>
          {outcome.session && <p className="checkin-result__line">{sessionLine(outcome.session)}</p>}
          <p className="checkin-result__line">Nothing was used or sent again.</p>
        </ResultHead>
      )}
      {outcome.outcome === 'refused' && (
        <ResultHead icon={<ErrorIcon size={28} />} title={`Not checked in: ${outcome.message}`}>
          {outcome.offerPassSale && (
            <p className="checkin-result__line">
              A new pass would let them in. Selling passes at the desk comes with walk-up sales; until then,
              sell it in Reservie and search for them again.
            </p>
          )}
          <DecidedFrom outcome={outcome} />
        </ResultHead>
      )}
      <UndoArea />
    </div>
  );
}

function CheckedIn({ outcome, passName }: { outcome: CheckInOutcome; passName: string | null }) {
  const spent = outcome.customerPassId !== null;
  return (
    <ResultHead icon={<CheckCircleIcon size={28} />} title="Checked in">
      {outcome.session && <p className="checkin-result__line">{sessionLine(outcome.session)}</p>}
      <p className="checkin-result__line">
        {spent
          ? `${passName ?? 'Pass'}: ${outcome.remainingUses === null ? 'one use taken' : `${plural(outcome.remainingUses, 'use', 'uses')} left`}`
          : 'Booked: nothing used, the booking paid.'}
      </p>
      <p className="checkin-result__tags">
        {outcome.state ? (
          <Badge tone={STATE[outcome.state].tone} size="sm" dot>
            {STATE[outcome.state].text}
          </Badge>
        ) : (
          <Badge size="sm">Recorded on this desk (Reservie keeps no attendance)</Badge>
        )}
        <DecidedFrom outcome={outcome} />
      </p>
    </ResultHead>
  );
}

function DecidedFrom({ outcome }: { outcome: CheckInOutcome }) {
  return (
    <Badge tone={outcome.decidedFrom === 'live' ? 'info' : 'neutral'} size="sm">
      {outcome.decidedFrom === 'live'
        ? 'Checked against Reservie just now'
        : "Decided from this desk's saved copy"}
    </Badge>
  );
}

function ResultHead({ icon, title, children }: { icon: ReactNode; title: string; children: ReactNode }) {
  return (
    <div className="checkin-result__body">
      <span className="checkin-result__icon">{icon}</span>
      <div>
        <p className="checkin-result__title">{title}</p>
        {children}
      </div>
    </div>
  );
}

function UndoArea() {
  const { checkin } = useStores();
  const result = useCheckIn((s) => s.result);
  const undo = useCheckIn((s) => s.undo);
  const undoing = useCheckIn((s) => s.undoing);
  const undoError = useCheckIn((s) => s.undoError);
  const now = useNow(5_000);
  return (
    <>
      {canOfferUndo(result, undo, now) && (
        <Button variant="secondary" busy={undoing} onClick={() => void checkin.getState().undoLast()}>
          Undo check-in
        </Button>
      )}
      {undo && !undo.undone && (
        <div className="checkin-result__undo">
          <p className="checkin-result__title">{undo.message}</p>
          {undo.note && <p className="checkin-result__line checkin-result__note">{undo.note}</p>}
        </div>
      )}
      {undoError && <p className="checkin-result__line checkin-result__line--error">{undoError.message}</p>}
    </>
  );
}

function sessionLine(session: { name: string; startsAt: string }): string {
  return `${session.name} at ${formatTime(session.startsAt)}`;
}
