// Renderer: what Check in answered, in staff's words: in (with the session, the pass and its uses
// left, where the record stands and what it was decided from), already in, or refused and why.
// Undo sits here for 5 minutes after a check-in.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSay } from '../../i18n/say';
import type { CheckInOutcome, CheckInWriteBackState } from '../../../../shared/domain/checkin';
import { formatTime } from '../../lib/format';
import { useNow } from '../../lib/use-now';
import { Badge, type Tone } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { AlertIcon, CheckCircleIcon, ErrorIcon, InfoIcon } from '../../ui/icons';
import { useCheckIn, useStores } from '../../app/stores-context';
import { canOfferUndo } from './checkin-store';
import { useErrorText } from '../../i18n/error-text';

const STATE_TONE: Record<CheckInWriteBackState, Tone> = {
  saved: 'warning',
  confirmed: 'success',
  needs_attention: 'danger',
  withdrawn: 'neutral',
};

export function CheckInResult() {
  const result = useCheckIn((s) => s.result);
  const undo = useCheckIn((s) => s.undo);
  const { t } = useTranslation('checkin');
  const say = useSay();
  if (!result) return null;
  const { outcome } = result;
  if (undo?.undone) {
    return (
      <div className="checkin-result checkin-result--undone" role="status" data-outcome="undone">
        <ResultHead icon={<InfoIcon size={28} />} title={say(undo.said)}>
          {undo.noteSaid && <p className="checkin-result__line checkin-result__note">{say(undo.noteSaid)}</p>}
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
        <ResultHead icon={<AlertIcon size={28} />} title={say(outcome.said)}>
          {outcome.session && <SessionLine session={outcome.session} />}
          <p className="checkin-result__line">{t('result.nothingAgain')}</p>
        </ResultHead>
      )}
      {outcome.outcome === 'refused' && (
        <ResultHead
          icon={<ErrorIcon size={28} />}
          title={t('panel.notCheckedIn', { reason: say(outcome.said) })}
        >
          {outcome.offerPassSale && <OfferPassSale />}
          <DecidedFrom outcome={outcome} />
        </ResultHead>
      )}
      <UndoArea />
    </div>
  );
}

function CheckedIn({ outcome, passName }: { outcome: CheckInOutcome; passName: string | null }) {
  const { t } = useTranslation('checkin');
  const spent = outcome.customerPassId !== null;
  const pass = passName ?? t('result.pass');
  return (
    <ResultHead icon={<CheckCircleIcon size={28} />} title={t('result.checkedIn')}>
      {outcome.session && <SessionLine session={outcome.session} />}
      <p className="checkin-result__line">
        {!spent
          ? t('result.bookingPaid')
          : outcome.remainingUses === null
            ? t('result.oneUseTaken', { pass })
            : t('result.usesLeft', { pass, count: outcome.remainingUses })}
      </p>
      <p className="checkin-result__tags">
        {outcome.state ? (
          <Badge tone={STATE_TONE[outcome.state]} size="sm" dot>
            {t(`state.${outcome.state}`)}
          </Badge>
        ) : (
          <Badge size="sm">{t('result.recordedReservie')}</Badge>
        )}
        <DecidedFrom outcome={outcome} />
      </p>
    </ResultHead>
  );
}

function DecidedFrom({ outcome }: { outcome: CheckInOutcome }) {
  const { t } = useTranslation('checkin');
  return (
    <Badge tone={outcome.decidedFrom === 'live' ? 'info' : 'neutral'} size="sm">
      {outcome.decidedFrom === 'live' ? t('result.decidedLive') : t('result.decidedCache')}
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
  const { t } = useTranslation('checkin');
  const errorText = useErrorText();
  const say = useSay();
  return (
    <>
      {canOfferUndo(result, undo, now) && (
        <Button variant="secondary" busy={undoing} onClick={() => void checkin.getState().undoLast()}>
          {t('result.undo')}
        </Button>
      )}
      {undo && !undo.undone && (
        <div className="checkin-result__undo">
          <p className="checkin-result__title">{say(undo.said)}</p>
          {undo.noteSaid && <p className="checkin-result__line checkin-result__note">{say(undo.noteSaid)}</p>}
        </div>
      )}
      {undoError && (
        <p className="checkin-result__line checkin-result__line--error">{errorText(undoError)}</p>
      )}
    </>
  );
}

function SessionLine({ session }: { session: { name: string; startsAt: string } }) {
  const { t } = useTranslation('checkin');
  return (
    <p className="checkin-result__line">
      {t('summary.when', { session: session.name, time: formatTime(session.startsAt) })}
    </p>
  );
}

/** A walk-in without a usable pass: the Reservie sale, on the session they came for. */
function OfferPassSale() {
  const { t } = useTranslation('checkin');
  const { ui } = useStores();
  const sessionId = useCheckIn((s) => s.sessionId);
  return (
    <>
      <p className="checkin-result__line">{t('result.offerPassSale')}</p>
      <Button variant="secondary" onClick={() => ui.getState().openSell({ backend: 'reservie', sessionId })}>
        {t('result.sellPass')}
      </Button>
    </>
  );
}
