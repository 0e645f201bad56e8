// Renderer: check-in for the customer open on the desk: session, pass, one big Check in button and
// its answer. Every state is drawn: loading, could not load, ready, checking in, result.
import { useId } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useCheckIn, useStores } from '../../app/stores-context';
import { Button } from '../../ui/Button';
import { Spinner } from '../../ui/Spinner';
import { CheckCircleIcon, ErrorIcon } from '../../ui/icons';
import { CheckInResult } from './CheckInResult';
import { PassChoice } from './PassChoice';
import { SessionChoice } from './SessionChoice';
import type { CheckInOptions } from '../../../../shared/domain/checkin';
import { formatTime } from '../../lib/format';
import { useErrorText } from '../../i18n/error-text';

/** The one Check in button on screen (one customer is open at a time), for focus after opening. */
export const CHECK_IN_BUTTON_ID = 'check-in-go';

export interface CheckInPanelProps {
  /** Where focus goes after a check-in, so the next person can be typed or scanned at once. */
  onDone: () => void;
}

export function CheckInPanel({ onDone }: CheckInPanelProps) {
  const { checkin } = useStores();
  const { t } = useTranslation('checkin');
  const errorText = useErrorText();
  const phase = useCheckIn((s) => s.phase);
  const options = useCheckIn((s) => s.options);
  const error = useCheckIn((s) => s.error);
  const sessionId = useCheckIn((s) => s.sessionId);
  const passId = useCheckIn((s) => s.passId);
  const submitting = useCheckIn((s) => s.submitting);
  const submitError = useCheckIn((s) => s.submitError);
  const customerId = useCheckIn((s) => s.customerId);
  const titleId = useId();
  const groupName = useId();
  const summaryId = useId();

  const run = async () => {
    const outcome = await checkin.getState().checkIn();
    if (outcome) onDone();
  };

  return (
    <section className="checkin" aria-labelledby={titleId} data-state={phase}>
      <h4 className="checkin__title" id={titleId}>
        {t('panel.title')}
      </h4>
      {phase === 'loading' && (
        <p className="checkin__loading">
          <Spinner size={16} /> {t('panel.loading')}
        </p>
      )}
      {phase === 'error' && (
        <div className="checkin__error" role="alert">
          <ErrorIcon size={20} />
          <p>{t('panel.loadFailed', { reason: error ? errorText(error) : '' })}</p>
          <Button onClick={() => customerId && void checkin.getState().open(customerId)}>
            {t('panel.tryAgain')}
          </Button>
        </div>
      )}
      {phase === 'ready' && options && (
        <>
          <div className="checkin__action">
            <Button
              id={CHECK_IN_BUTTON_ID}
              variant="primary"
              size="lg"
              className="checkin__go"
              icon={<CheckCircleIcon size={22} />}
              busy={submitting}
              aria-describedby={summaryId}
              onClick={() => void run()}
            >
              {t('panel.checkIn')}
            </Button>
            <p className="checkin__summary" id={summaryId}>
              {summaryOf(t, options, sessionId, passId)}
            </p>
          </div>
          {submitError && (
            <p className="checkin__error" role="alert">
              <ErrorIcon size={20} /> {t('panel.notCheckedIn', { reason: errorText(submitError) })}
            </p>
          )}
          <CheckInResult />
          <div className="checkin__choices">
            <SessionChoice
              sessions={options.sessions}
              picked={sessionId}
              name={`${groupName}-session`}
              onPick={(id) => checkin.getState().pickSession(id)}
            />
            <PassChoice
              passes={options.passes}
              picked={passId}
              name={`${groupName}-pass`}
              bookedSession={options.sessions.some((s) => s.id === sessionId && s.booked)}
              onPick={(id) => checkin.getState().pickPass(id)}
            />
          </div>
        </>
      )}
    </section>
  );
}

/** What Check in will do with the picks on screen, in one line. */
function summaryOf(
  t: TFunction<'checkin'>,
  options: CheckInOptions,
  sessionId: string | null,
  passId: string | null,
): string {
  const session = options.sessions.find((s) => s.id === sessionId);
  if (!session) return options.sessions.length === 0 ? t('summary.noClasses') : t('summary.noneOpen');
  const when = t('summary.when', { session: session.name, time: formatTime(session.startsAt) });
  if (session.booked) return t('summary.booked', { when });
  const pass = options.passes.find((p) => p.id === passId);
  return pass ? t('summary.paidWith', { when, pass: pass.passName }) : t('summary.noPass', { when });
}
