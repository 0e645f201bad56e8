// Renderer: one queued change: what it is in staff's words, its state, back end, attempts, age,
// last error in plain words, what staff already did about it, and the actions it offers now.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxAction, OutboxEntry, OutboxResolutionFact } from '../../../../shared/domain/outbox';
import { BACKEND_LABEL } from '../../lib/backends';
import { formatAge, formatDateTime, formatTime } from '../../lib/format';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { entryTitle, plainError, STATE_TONE } from './outbox-view';

// A resolution recorded by another build may name an action this one does not know: shown as named.
const DONE_ACTIONS: ReadonlySet<string> = new Set<OutboxAction>([
  'retry',
  'otherPass',
  'recordPayment',
  'dismiss',
]);
const isAction = (action: string): action is OutboxAction => DONE_ACTIONS.has(action);

export function QueueItem(props: {
  entry: OutboxEntry;
  now: number;
  retrying: boolean;
  onAction: (action: OutboxAction) => void;
}) {
  const { t } = useTranslation('outbox');
  const { entry, now } = props;
  const titleId = useId();
  const error = plainError(entry.lastError, t);
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
          {t(`state.${entry.state}`)}
        </Badge>
      </div>
      <dl className="queue-item__facts">
        <div>
          <dt>{t('facts.backend')}</dt>
          <dd>{BACKEND_LABEL[entry.backend].product}</dd>
        </div>
        <div>
          <dt>{t('facts.attempts')}</dt>
          <dd className="num">{entry.attempts}</dd>
        </div>
        <div>
          <dt>{t('facts.age')}</dt>
          <dd title={formatDateTime(entry.createdAt)}>{formatAge(now - Date.parse(entry.createdAt))}</dd>
        </div>
      </dl>
      {error && entry.state !== 'sent' && (
        <p className={`queue-item__error${entry.state === 'dismissed' ? ' queue-item__error--closed' : ''}`}>
          {error}
        </p>
      )}
      {!entry.currentAccount && <p className="queue-item__note">{t('otherAccount')}</p>}
      {entry.resolutions.length > 0 && (
        <ul className="queue-item__history" aria-label={t('historyLabel')}>
          {entry.resolutions.map((r, i) => (
            <li key={i}>
              <Resolution resolution={r} />
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
              {t(`action.${a}`)}
            </Button>
          ))}
        </div>
      )}
    </li>
  );
}

/** "Sent again Flex 10 on Desk 1, 1 Dec 2026, 09:00: “reason”"; detail, desk and reason are the core's. */
function Resolution({ resolution: r }: { resolution: OutboxResolutionFact }) {
  const { t } = useTranslation('outbox');
  const done = isAction(r.action) ? t(`done.${r.action}`) : r.action;
  const what = r.detail ? `${done} ${r.detail}` : done;
  return (
    <>
      {t('history', { what, desk: r.deskName, at: formatDateTime(r.at) })}
      {r.reason ? t('historyReason', { reason: r.reason }) : ''}
    </>
  );
}
