// Renderer: check-in for the tour booking open on the desk: today's departures on it, its
// participants as checkboxes (all ticked), one "Check in N" button and its answer, Undo for 5
// minutes, and the departure's list as CSV. Resmark has no check-in API: this desk's ledger is
// the record, and the screen says so. Every state is drawn: loading, not found, error, nothing today.
import { useId, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useSay } from '../../i18n/say';
import { useResmarkCheckIn, useStores } from '../../app/stores-context';
import type { CheckInOutcome, ResmarkItemView } from '../../../../shared/domain/checkin';
import type { Said } from '../../../../shared/domain/said';
import { formatTime } from '../../lib/format';
import { useNow } from '../../lib/use-now';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Spinner } from '../../ui/Spinner';
import { AlertIcon, CheckCircleIcon, ErrorIcon, InfoIcon } from '../../ui/icons';
import { canOfferUndo } from './checkin-store';
import { LedgerDownload } from './LedgerDownload';
import { useErrorText } from '../../i18n/error-text';

/** The one "Check in N" button on screen (one booking is open at a time), for focus after opening. */
export const RESMARK_CHECK_IN_BUTTON_ID = 'resmark-check-in-go';

export interface ResmarkCheckInPanelProps {
  /** Where focus goes after a check-in, so the next booking can be typed or scanned at once. */
  onDone: () => void;
}

export function ResmarkCheckInPanel({ onDone }: ResmarkCheckInPanelProps) {
  const { resmarkCheckin } = useStores();
  const { t } = useTranslation('checkin');
  const errorText = useErrorText();
  const say = useSay();
  const phase = useResmarkCheckIn((s) => s.phase);
  const order = useResmarkCheckIn((s) => s.order);
  const error = useResmarkCheckIn((s) => s.error);
  const orderId = useResmarkCheckIn((s) => s.orderId);
  const itemIndex = useResmarkCheckIn((s) => s.itemIndex);
  const ticked = useResmarkCheckIn((s) => s.ticked);
  const submitting = useResmarkCheckIn((s) => s.submitting);
  const submitError = useResmarkCheckIn((s) => s.submitError);
  const titleId = useId();
  const groupName = useId();
  const item = order?.items.find((i) => i.itemIndex === itemIndex) ?? null;

  const run = async () => {
    const outcome = await resmarkCheckin.getState().checkIn();
    if (outcome) onDone();
  };

  return (
    <section className="checkin" aria-labelledby={titleId} data-state={phase}>
      <h4 className="checkin__title" id={titleId}>
        {t('tour.title')}
      </h4>
      {phase === 'loading' && (
        <p className="checkin__loading">
          <Spinner size={16} /> {t('tour.loading')}
        </p>
      )}
      {phase === 'notFound' && <p className="checkin__none">{t('tour.notFound')}</p>}
      {phase === 'error' && (
        <div className="checkin__error" role="alert">
          <ErrorIcon size={20} />
          <p>{t('tour.loadFailed', { reason: error ? errorText(error) : '' })}</p>
          <Button onClick={() => orderId && void resmarkCheckin.getState().open(orderId)}>
            {t('panel.tryAgain')}
          </Button>
        </div>
      )}
      {phase === 'ready' && order && order.items.length === 0 && (
        <p className="checkin__none">{t('tour.nothingToday')}</p>
      )}
      {phase === 'ready' && order && item && (
        <>
          <div className="checkin__action">
            <Button
              id={RESMARK_CHECK_IN_BUTTON_ID}
              variant="primary"
              size="lg"
              className="checkin__go"
              icon={<CheckCircleIcon size={22} />}
              busy={submitting}
              disabled={ticked.length === 0}
              onClick={() => void run()}
            >
              {t('tour.checkIn', { count: ticked.length })}
            </Button>
            <p className="checkin__summary">
              {item.open
                ? whenOf(t, item.productName, item.startsAt)
                : t('tour.closed', {
                    when: whenOf(t, item.productName, item.startsAt),
                    reason: item.closedSaid ? say(item.closedSaid) : '',
                  })}
            </p>
          </div>
          {submitError && (
            <p className="checkin__error" role="alert">
              <ErrorIcon size={20} /> {t('panel.notCheckedIn', { reason: errorText(submitError) })}
            </p>
          )}
          <ResmarkResult />
          <div className="checkin__choices">
            {order.items.length > 1 && (
              <DepartureChoice
                items={order.items}
                picked={itemIndex}
                name={`${groupName}-departure`}
                onPick={(i) => resmarkCheckin.getState().pickItem(i)}
              />
            )}
            <fieldset className="choice">
              <legend className="choice__legend">{t('tour.participants')}</legend>
              <ul className="choice__list">
                {item.participants.map((p) => (
                  <li key={p.key}>
                    <label className="choice__option">
                      <input
                        type="checkbox"
                        checked={ticked.includes(p.key)}
                        onChange={() => resmarkCheckin.getState().toggle(p.key)}
                      />
                      <span className="choice__text">
                        <span className="choice__title">{p.label}</span>
                      </span>
                      {p.checkedIn && (
                        <span className="choice__tags">
                          <Badge tone="success" size="sm" dot>
                            {t('session.inAt', { time: formatTime(p.checkedIn.at) })}
                          </Badge>
                        </span>
                      )}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          </div>
          <LedgerDownload
            query={{ sessionId: item.departureId, backend: 'resmark' }}
            label={t('tour.download')}
          />
        </>
      )}
    </section>
  );
}

function DepartureChoice(props: {
  items: ResmarkItemView[];
  picked: number | null;
  name: string;
  onPick: (itemIndex: number) => void;
}) {
  const { t } = useTranslation('checkin');
  const say = useSay();
  return (
    <fieldset className="choice">
      <legend className="choice__legend">{t('tour.departure')}</legend>
      <ul className="choice__list">
        {props.items.map((i) => (
          <li key={i.itemIndex}>
            <label className={`choice__option${i.open ? '' : ' choice__option--closed'}`}>
              <input
                type="radio"
                name={props.name}
                checked={props.picked === i.itemIndex}
                onChange={() => props.onPick(i.itemIndex)}
              />
              <span className="choice__text">
                <span className="choice__title">
                  <span className="num">{formatTime(i.startsAt)}</span> {i.productName}
                </span>
                <span className="choice__detail">
                  {i.open || !i.closedSaid
                    ? t('tour.participantCount', { count: i.participants.length })
                    : say(i.closedSaid)}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function ResmarkResult() {
  const result = useResmarkCheckIn((s) => s.result);
  const undo = useResmarkCheckIn((s) => s.undo);
  const { t } = useTranslation('checkin');
  const say = useSay();
  if (!result) return null;
  const { outcome } = result;
  if (undo?.undone) {
    return (
      <div className="checkin-result checkin-result--undone" role="status" data-outcome="undone">
        <Head icon={<InfoIcon size={28} />} title={say(undo.said)} />
      </div>
    );
  }
  return (
    <div
      className={`checkin-result checkin-result--${outcome.outcome}`}
      role="status"
      data-outcome={outcome.outcome}
    >
      <Head icon={iconOf(outcome)} title={titleOf(t, say, outcome)}>
        {outcome.session && (
          <p className="checkin-result__line">{whenOf(t, outcome.session.name, outcome.session.startsAt)}</p>
        )}
        {outcome.outcome === 'checked_in' &&
          outcome.participants
            ?.filter((p) => p.outcome === 'already_checked_in')
            .map((p) => (
              <p className="checkin-result__line" key={p.participant}>
                {t('result.participantSaid', { participant: p.label, message: p.said ? say(p.said) : '' })}
              </p>
            ))}
        {outcome.outcome !== 'refused' && (
          <p className="checkin-result__tags">
            <Badge size="sm">{t('result.recordedResmark')}</Badge>
          </p>
        )}
      </Head>
      <UndoArea />
    </div>
  );
}

function titleOf(t: TFunction<'checkin'>, say: (said: Said) => string, o: CheckInOutcome): string {
  return o.outcome === 'refused' ? t('panel.notCheckedIn', { reason: say(o.said) }) : say(o.said);
}

function whenOf(t: TFunction<'checkin'>, name: string, startsAt: string): string {
  return t('summary.when', { session: name, time: formatTime(startsAt) });
}

function iconOf(o: CheckInOutcome) {
  if (o.outcome === 'checked_in') return <CheckCircleIcon size={28} />;
  if (o.outcome === 'already_checked_in') return <AlertIcon size={28} />;
  return <ErrorIcon size={28} />;
}

function Head({ icon, title, children }: { icon: ReactNode; title: string; children?: ReactNode }) {
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
  const { resmarkCheckin } = useStores();
  const result = useResmarkCheckIn((s) => s.result);
  const undo = useResmarkCheckIn((s) => s.undo);
  const undoing = useResmarkCheckIn((s) => s.undoing);
  const undoError = useResmarkCheckIn((s) => s.undoError);
  const now = useNow(5_000);
  const { t } = useTranslation('checkin');
  const errorText = useErrorText();
  const say = useSay();
  return (
    <>
      {canOfferUndo(result, undo, now) && (
        <Button variant="secondary" busy={undoing} onClick={() => void resmarkCheckin.getState().undoLast()}>
          {t('result.undo')}
        </Button>
      )}
      {undo && !undo.undone && <p className="checkin-result__title">{say(undo.said)}</p>}
      {undoError && (
        <p className="checkin-result__line checkin-result__line--error">{errorText(undoError)}</p>
      )}
    </>
  );
}
