// Renderer: "Today's sessions" — the day's classes and tours, grouped by the hour they start,
// with empty tour slots hidden unless staff ask for them, and loading, empty and error states.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../../shared/domain/cache';
import { useSessions, useStatus, useStores } from '../../app/stores-context';
import { activeBackends } from '../status/status-store';
import { formatDay, formatTime } from '../../lib/format';
import { useNow } from '../../lib/use-now';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { EmptyState } from '../../ui/EmptyState';
import { CalendarIcon, ChevronIcon, ErrorIcon } from '../../ui/icons';
import { SessionRow, timingOf } from './SessionRow';
import { SourceFilter, type SourceFilterValue } from './SourceFilter';
import { DEFAULT_HIDE_EMPTY, groupByHour, isEmpty, visibleSessions, type HideEmpty } from './session-view';
import { useErrorText } from '../../i18n/error-text';

export function SessionsPanel() {
  const { t } = useTranslation('sessions');
  const state = useSessions((s) => s.state);
  const sessions = useSessions((s) => s.sessions);
  const day = useSessions((s) => s.day);
  // Which source to show is view state: it belongs to this panel, not to the data store.
  const [source, setSource] = useState<SourceFilterValue>('all');
  const [hideEmpty, setHideEmpty] = useState<HideEmpty>(DEFAULT_HIDE_EMPTY);
  const both = sessions.some((s) => s.source === 'reservie') && sessions.some((s) => s.source === 'resmark');
  const ofSource = both && source !== 'all' ? sessions.filter((s) => s.source === source) : sessions;
  const shown = visibleSessions(ofSource, hideEmpty);
  return (
    <Card
      className="sessions-panel"
      title={t('title')}
      titleId="sessions-title"
      subtitle={formatDay(new Date(day))}
      aria-labelledby="sessions-title"
      data-state={state}
      aria-busy={state === 'loading'}
      actions={
        state === 'ready' && sessions.length > 0 ? (
          <span className="count-pill num">{sessions.length}</span>
        ) : null
      }
    >
      {state === 'ready' && both && <SourceFilter value={source} sessions={sessions} onChange={setSource} />}
      {state === 'ready' && (
        <HideEmptyToggle sessions={ofSource} source={source} hideEmpty={hideEmpty} onChange={setHideEmpty} />
      )}
      {/* Focusable so the list scrolls from the keyboard too (its rows are not controls). */}
      <div className="sessions-panel__body" tabIndex={0} role="region" aria-label={t('listLabel')}>
        <SessionsBody sessions={shown} hiddenCount={ofSource.length - shown.length} />
      </div>
    </Card>
  );
}

/**
 * One switch for the source in view: tours under All and Tours (hourly slots, mostly empty),
 * classes under Classes. Says how many rows it hides, so nothing vanishes unexplained.
 */
function HideEmptyToggle({
  sessions,
  source,
  hideEmpty,
  onChange,
}: {
  sessions: SessionSummary[];
  source: SourceFilterValue;
  hideEmpty: HideEmpty;
  onChange: (next: HideEmpty) => void;
}) {
  const { t } = useTranslation('sessions');
  const target = source === 'reservie' ? 'reservie' : 'resmark';
  const ofTarget = sessions.filter((s) => s.source === target);
  if (ofTarget.length === 0) return null;
  const empty = ofTarget.filter(isEmpty).length;
  const label = t(`hideEmpty.${target}`);
  return (
    <label className="hide-empty">
      <input
        type="checkbox"
        className="hide-empty__box"
        checked={hideEmpty[target]}
        onChange={(e) => onChange({ ...hideEmpty, [target]: e.target.checked })}
      />
      <span className="hide-empty__label">{label}</span>
      <span className="hide-empty__count num">
        {hideEmpty[target] ? t('hideEmpty.hidden', { count: empty }) : t('hideEmpty.empty', { count: empty })}
      </span>
    </label>
  );
}

function SessionsBody({ sessions, hiddenCount }: { sessions: SessionSummary[]; hiddenCount: number }) {
  const { t } = useTranslation('sessions');
  const errorText = useErrorText();
  const { sessions: store } = useStores();
  const state = useSessions((s) => s.state);
  const error = useSessions((s) => s.error);
  const now = useNow(60_000);
  const neverSynced = useStatus((s) => activeBackends(s.status).some((b) => b.lastSyncAt === null));

  if (state === 'loading') return <SessionsSkeleton />;
  if (state === 'error') {
    return (
      <EmptyState
        tone="danger"
        icon={<ErrorIcon size={32} />}
        title={t('error.title')}
        action={<Button onClick={() => void store.getState().load()}>{t('error.tryAgain')}</Button>}
      >
        {/* The core's own words (free text, not translated). */}
        {error && errorText(error)}
      </EmptyState>
    );
  }
  if (sessions.length === 0 && neverSynced) {
    return (
      <EmptyState icon={<CalendarIcon size={32} />} title={t('neverSynced.title')}>
        {t('neverSynced.body')}
      </EmptyState>
    );
  }
  if (sessions.length === 0 && hiddenCount > 0) {
    return (
      <EmptyState icon={<CalendarIcon size={32} />} title={t('allHidden.title')}>
        {t('allHidden.body', { count: hiddenCount })}
      </EmptyState>
    );
  }
  if (sessions.length === 0) {
    return (
      <EmptyState icon={<CalendarIcon size={32} />} title={t('none.title')}>
        {t('none.body')}
      </EmptyState>
    );
  }
  // The desk cares about what is on now and next; finished sessions fold away below them.
  const current = sessions.filter((s) => timingOf(s, now) !== 'past');
  const past = sessions.filter((s) => timingOf(s, now) === 'past');
  return (
    <>
      <p className="visually-hidden" role="status">
        {t('summary', { count: sessions.length, upcoming: current.length })}
      </p>
      {current.length > 0 ? (
        <ul className="session-list" aria-label={t('title')}>
          {groupByHour(current).map((group) => (
            <li key={group.hour} className="hour-group">
              <h3 className="hour-group__title num">{formatTime(new Date(group.hour).toISOString())}</h3>
              <ul
                className="hour-group__list"
                aria-label={t('startingAt', { time: formatTime(new Date(group.hour).toISOString()) })}
              >
                {group.sessions.map((s) => (
                  <SessionRow key={`${s.source}:${s.id}`} session={s} now={now} />
                ))}
              </ul>
            </li>
          ))}
        </ul>
      ) : (
        <p className="sessions-panel__done">{t('done')}</p>
      )}
      {past.length > 0 && <EarlierToday sessions={past} now={now} startOpen={current.length === 0} />}
    </>
  );
}

function EarlierToday({
  sessions,
  now,
  startOpen,
}: {
  sessions: SessionSummary[];
  now: number;
  startOpen: boolean;
}) {
  const { t } = useTranslation('sessions');
  const [open, setOpen] = useState(startOpen);
  return (
    <div className="earlier">
      <button
        type="button"
        className="earlier__toggle"
        aria-expanded={open}
        aria-controls="earlier-today"
        onClick={() => setOpen(!open)}
      >
        <ChevronIcon size={20} className="earlier__chevron" />
        {t('earlier')}
        <span className="earlier__count num">{sessions.length}</span>
      </button>
      {open && (
        <ul className="session-list" id="earlier-today" aria-label={t('earlier')}>
          {sessions.map((s) => (
            <SessionRow key={`${s.source}:${s.id}`} session={s} now={now} />
          ))}
        </ul>
      )}
    </div>
  );
}

function SessionsSkeleton() {
  const { t } = useTranslation('sessions');
  return (
    <ul className="session-list session-list--skeleton" aria-label={t('loading')}>
      {[0, 1, 2, 3].map((i) => (
        <li key={i} className="session session--skeleton">
          <span className="skeleton skeleton--time" />
          <span className="skeleton skeleton--line" />
          <span className="skeleton skeleton--figure" />
        </li>
      ))}
    </ul>
  );
}
