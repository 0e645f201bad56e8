// Renderer: one queued change: what it is in staff's words, its state, back end, attempts, age,
// last error in plain words, what staff already did about it, and the actions it offers now.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxAction, OutboxEntry } from '../../../../shared/domain/outbox';
import { BACKEND_LABEL } from '../../lib/backends';
import { formatAge, formatDateTime, formatTime } from '../../lib/format';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { entryTitle, plainError, STATE_LABEL, STATE_TONE } from './outbox-view';

// "Another slot" is newer than these words: it is translated (the queue namespace).
const ACTION_LABEL: Record<Exclude<OutboxAction, 'otherSlot'>, string> = {
  retry: 'Retry',
  otherPass: 'Choose another pass',
  recordPayment: 'Record cash or card',
  dismiss: 'Dismiss',
};

const DONE_LABEL: Record<string, string> = {
  retry: 'Sent again',
  otherPass: 'Sent again',
  otherSlot: 'Sent again',
  recordPayment: 'Recorded',
  dismiss: 'Dismissed',
};

export function QueueItem(props: {
  entry: OutboxEntry;
  now: number;
  retrying: boolean;
  onAction: (action: OutboxAction) => void;
}) {
  const { entry, now } = props;
  const { t } = useTranslation('queue');
  const titleId = useId();
  const error = plainError(entry.lastError);
  return (
    <li
      className={`queue-item queue-item--${entry.state}`}
      aria-labelledby={titleId}
      data-state={entry.state}
    >
      <div className="queue-item__head">
        <h2 className="queue-item__title" id={titleId}>
          {entryTitle(entry, formatTime)}
        </h2>
        <Badge tone={STATE_TONE[entry.state]} dot>
          {STATE_LABEL[entry.state]}
        </Badge>
      </div>
      <dl className="queue-item__facts">
        <div>
          <dt>Back end</dt>
          <dd>{BACKEND_LABEL[entry.backend].product}</dd>
        </div>
        <div>
          <dt>Attempts</dt>
          <dd className="num">{entry.attempts}</dd>
        </div>
        <div>
          <dt>Age</dt>
          <dd title={formatDateTime(entry.createdAt)}>{formatAge(now - Date.parse(entry.createdAt))}</dd>
        </div>
      </dl>
      {error && entry.state !== 'sent' && (
        <p className={`queue-item__error${entry.state === 'dismissed' ? ' queue-item__error--closed' : ''}`}>
          {error}
        </p>
      )}
      {!entry.currentAccount && (
        <p className="queue-item__note">From another account: it is never sent from here.</p>
      )}
      {entry.resolutions.length > 0 && (
        <ul className="queue-item__history" aria-label="What was done">
          {entry.resolutions.map((r, i) => (
            <li key={i}>
              {DONE_LABEL[r.action] ?? r.action}
              {r.detail ? ` ${r.detail}` : ''} on {r.deskName}, {formatDateTime(r.at)}
              {r.reason ? `: “${r.reason}”` : ''}
            </li>
          ))}
        </ul>
      )}
      {entry.actions.length > 0 && (
        <div className="queue-item__actions">
          {entry.actions.map((a) => (
            <Button
              key={a}
              variant={a === 'dismiss' ? 'ghost' : 'secondary'}
              busy={a === 'retry' && props.retrying}
              onClick={() => props.onAction(a)}
            >
              {a === 'otherSlot' ? t('otherSlot.action') : ACTION_LABEL[a]}
            </Button>
          ))}
        </div>
      )}
    </li>
  );
}
