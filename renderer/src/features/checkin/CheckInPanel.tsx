// Renderer: check-in for the customer open on the desk: session, pass, one big Check in button and
// its answer. Every state is drawn: loading, could not load, ready, checking in, result.
import { useId } from 'react';
import { useCheckIn, useStores } from '../../app/stores-context';
import { Button } from '../../ui/Button';
import { Spinner } from '../../ui/Spinner';
import { CheckCircleIcon, ErrorIcon } from '../../ui/icons';
import { CheckInResult } from './CheckInResult';
import { PassChoice } from './PassChoice';
import { SessionChoice } from './SessionChoice';
import type { CheckInOptions } from '../../../../shared/domain/checkin';
import { formatTime } from '../../lib/format';

/** The one Check in button on screen (one customer is open at a time), for focus after opening. */
export const CHECK_IN_BUTTON_ID = 'check-in-go';

export interface CheckInPanelProps {
  /** Where focus goes after a check-in, so the next person can be typed or scanned at once. */
  onDone: () => void;
}

export function CheckInPanel({ onDone }: CheckInPanelProps) {
  const { checkin } = useStores();
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
        Check-in
      </h4>
      {phase === 'loading' && (
        <p className="checkin__loading">
          <Spinner size={16} /> Loading today’s sessions and passes…
        </p>
      )}
      {phase === 'error' && (
        <div className="checkin__error" role="alert">
          <ErrorIcon size={20} />
          <p>Check-in options could not be loaded. {error?.message}</p>
          <Button onClick={() => customerId && void checkin.getState().open(customerId)}>Try again</Button>
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
              Check in
            </Button>
            <p className="checkin__summary" id={summaryId}>
              {summaryOf(options, sessionId, passId)}
            </p>
          </div>
          {submitError && (
            <p className="checkin__error" role="alert">
              <ErrorIcon size={20} /> Not checked in: {submitError.message}
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
function summaryOf(options: CheckInOptions, sessionId: string | null, passId: string | null): string {
  const session = options.sessions.find((s) => s.id === sessionId);
  if (!session) {
    return options.sessions.length === 0
      ? 'No classes on today.'
      : 'No session is open for check-in right now. Pick one below.';
  }
  const when = `${session.name} at ${formatTime(session.startsAt)}`;
  if (session.booked) return `${when}, booked: nothing is used.`;
  const pass = options.passes.find((p) => p.id === passId);
  return pass ? `${when}, paid with ${pass.passName}.` : `${when}, with no usable pass.`;
}
