// Renderer: which of today's Reservie sessions the walk-up is for — still to come or on now, each
// with its time and places left, as real radio buttons (a row's Sell button arrives with one picked).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../../../shared/domain/cache';
import { useSessions } from '../../../app/stores-context';
import { formatTime } from '../../../lib/format';
import { useNow } from '../../../lib/use-now';
import { EmptyState } from '../../../ui/EmptyState';
import { CalendarIcon } from '../../../ui/icons';

/** Today's Reservie sessions not yet over, by start. */
export function sellableSessions(sessions: SessionSummary[], now: number): SessionSummary[] {
  return sessions.filter((s) => s.source === 'reservie' && Date.parse(s.endsAt) > now);
}

export function ReservieSessionChoice({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (sessionId: string) => void;
}) {
  const { t } = useTranslation('sellReservie');
  const name = useId();
  const now = useNow(60_000);
  const all = useSessions((s) => s.sessions);
  const sessions = sellableSessions(all, now);
  // Opened from a row that has since finished: still show it, so staff see what they picked.
  const picked = all.find((s) => s.id === value && s.source === 'reservie');
  const shown = picked && !sessions.includes(picked) ? [picked, ...sessions] : sessions;
  if (shown.length === 0) {
    return (
      <EmptyState icon={<CalendarIcon size={32} />} title={t('session.noneTitle')}>
        {t('session.noneBody')}
      </EmptyState>
    );
  }
  return (
    <fieldset className="choice reservie-sale__sessions">
      <legend className="choice__legend">{t('session.legend')}</legend>
      <div className="choice__list">
        {shown.map((s) => {
          const full = s.spacesAvailable === 0 || (s.capacity !== null && s.booked >= s.capacity);
          return (
            <label key={s.id} className="choice__option">
              <input
                type="radio"
                name={name}
                value={s.id}
                checked={value === s.id}
                onChange={() => onChange(s.id)}
              />
              <span className="choice__text">
                <span className="choice__title">
                  {t('session.option', { name: s.name, time: formatTime(s.startsAt) })}
                </span>
                <span className="choice__detail">
                  {full
                    ? t('session.full')
                    : s.spacesAvailable !== null
                      ? t('session.spacesLeft', { count: s.spacesAvailable })
                      : null}
                </span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
