// Renderer: "Today's sessions" — the day's classes and tours, with loading, empty and error states.
import { useState } from 'react';
import type { SessionSummary } from '../../../../shared/domain/cache';
import { useSessions, useStatus, useStores } from '../../app/stores-context';
import { activeBackends } from '../status/status-store';
import { formatDay, plural } from '../../lib/format';
import { useNow } from '../../lib/use-now';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { EmptyState } from '../../ui/EmptyState';
import { CalendarIcon, ChevronIcon, ErrorIcon } from '../../ui/icons';
import { SessionRow, timingOf } from './SessionRow';
import { SourceFilter, type SourceFilterValue } from './SourceFilter';

export function SessionsPanel() {
  const state = useSessions((s) => s.state);
  const sessions = useSessions((s) => s.sessions);
  const day = useSessions((s) => s.day);
  // Which source to show is view state: it belongs to this panel, not to the data store.
  const [source, setSource] = useState<SourceFilterValue>('all');
  const both = sessions.some((s) => s.source === 'reservie') && sessions.some((s) => s.source === 'resmark');
  const shown = both && source !== 'all' ? sessions.filter((s) => s.source === source) : sessions;
  return (
    <Card
      className="sessions-panel"
      title="Today's sessions"
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
      <div className="sessions-panel__body">
        <SessionsBody sessions={shown} />
      </div>
    </Card>
  );
}

function SessionsBody({ sessions }: { sessions: SessionSummary[] }) {
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
        title="Couldn't load today's sessions"
        action={<Button onClick={() => void store.getState().load()}>Try again</Button>}
      >
        {error?.message}
      </EmptyState>
    );
  }
  if (sessions.length === 0 && neverSynced) {
    return (
      <EmptyState icon={<CalendarIcon size={32} />} title="Nothing downloaded yet">
        The first sync brings today's classes and tours to this device. It starts by itself, or press Sync
        now.
      </EmptyState>
    );
  }
  if (sessions.length === 0) {
    return (
      <EmptyState icon={<CalendarIcon size={32} />} title="No sessions today">
        Nothing is scheduled for today in this device's saved data. Run a sync if you expected some.
      </EmptyState>
    );
  }
  // The desk cares about what is on now and next; finished sessions fold away below them.
  const current = sessions.filter((s) => timingOf(s, now) !== 'past');
  const past = sessions.filter((s) => timingOf(s, now) === 'past');
  return (
    <>
      <p className="visually-hidden" role="status">
        {plural(sessions.length, 'session', 'sessions')} today, {current.length} still to come
      </p>
      {current.length > 0 ? (
        <ul className="session-list" aria-label="Today's sessions">
          {current.map((s) => (
            <SessionRow key={`${s.source}:${s.id}`} session={s} now={now} />
          ))}
        </ul>
      ) : (
        <p className="sessions-panel__done">That's everything for today.</p>
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
        Earlier today
        <span className="earlier__count num">{sessions.length}</span>
      </button>
      {open && (
        <ul className="session-list" id="earlier-today" aria-label="Earlier today">
          {sessions.map((s) => (
            <SessionRow key={`${s.source}:${s.id}`} session={s} now={now} />
          ))}
        </ul>
      )}
    </div>
  );
}

function SessionsSkeleton() {
  return (
    <ul className="session-list session-list--skeleton" aria-label="Loading today's sessions">
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
