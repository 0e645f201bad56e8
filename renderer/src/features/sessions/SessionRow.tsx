// Renderer: one session of today — when, what, from which system, and how full it is.
import { Trans, useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../../shared/domain/cache';
import { formatTime } from '../../lib/format';
import { Badge } from '../../ui/Badge';
import { useSessions } from '../../app/stores-context';
import { countKey } from './sessions-store';
import { canSellSession, SellSessionButton } from '../sell/SellEntry';

export type SessionTiming = 'past' | 'now' | 'upcoming';

export function timingOf(session: SessionSummary, now: number): SessionTiming {
  if (Date.parse(session.endsAt) <= now) return 'past';
  return Date.parse(session.startsAt) <= now ? 'now' : 'upcoming';
}

export function SessionRow({ session, now }: { session: SessionSummary; now: number }) {
  const { t } = useTranslation('sessions');
  const timing = timingOf(session, now);
  const counts = useSessions((s) => s.checkedIn);
  // Sessions and departures alike, once the ledger was read.
  const checkedIn = counts ? (counts[countKey(session.source, session.id)] ?? 0) : null;
  const full =
    session.spacesAvailable === 0 || (session.capacity !== null && session.booked >= session.capacity);
  return (
    <li className={`session session--${timing}`} data-source={session.source} data-timing={timing}>
      <div className="session__time num">
        <span className="session__start">{formatTime(session.startsAt)}</span>
        <span className="session__end">{formatTime(session.endsAt)}</span>
      </div>
      <div className="session__main">
        <p className="session__name">{session.name}</p>
        <div className="session__tags">
          <Badge tone={session.source === 'reservie' ? 'accent' : 'info'} size="sm">
            {t(`source.${session.source}`)}
          </Badge>
          {timing === 'now' && (
            <Badge tone="success" size="sm" dot>
              {t('row.inProgress')}
            </Badge>
          )}
          {timing === 'past' && <Badge size="sm">{t('row.finished')}</Badge>}
          {full && timing !== 'past' && (
            <Badge tone="warning" size="sm">
              {t('row.full')}
            </Badge>
          )}
          {!full && timing !== 'past' && session.spacesAvailable !== null && (
            <Badge size="sm">{t('row.left', { count: session.spacesAvailable })}</Badge>
          )}
        </div>
      </div>
      <Occupancy session={session} checkedIn={checkedIn} />
      {canSellSession(session, now) && <SellSessionButton session={session} />}
    </li>
  );
}

function Occupancy({ session, checkedIn }: { session: SessionSummary; checkedIn: number | null }) {
  const { t } = useTranslation('sessions');
  const { booked, capacity } = session;
  const ratio = capacity ? Math.min(booked / capacity, 1) : null;
  const level = ratio === null ? 'none' : ratio >= 1 ? 'full' : ratio >= 0.8 ? 'high' : 'ok';
  return (
    <div className="occupancy" data-level={level}>
      <p className="occupancy__figure num">
        <span className="occupancy__booked">{booked}</span>
        {capacity !== null && <span className="occupancy__capacity"> / {capacity}</span>}
      </p>
      <p className="occupancy__label">{t('row.booked')}</p>
      {checkedIn !== null && (
        <p className="occupancy__in" data-checked-in={checkedIn}>
          <Trans
            t={t}
            i18nKey="row.checkedIn"
            count={checkedIn}
            components={{ n: <span className="num" /> }}
          />
        </p>
      )}
      {ratio !== null && (
        <div className="occupancy__meter" aria-hidden="true">
          <div className="occupancy__fill" style={{ width: `${ratio * 100}%` }} />
        </div>
      )}
    </div>
  );
}
