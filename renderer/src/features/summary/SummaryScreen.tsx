// Renderer: the day summary: today's sales by payment and by booking system with their totals
// (amounts as the core formatted them for the venue's currency and locale), check-ins per session,
// what is not sent yet with the way to the queue, and the day's CSV. Loading, an empty day, an
// error and offline each have their own state.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TodaySession } from '../../../../shared/domain/checkin';
import type { DayGroupTotal, DaySummary } from '../../../../shared/domain/sales';
import { useOutbox, useStatus, useStores, useSummary } from '../../app/stores-context';
import { BACKEND_LABEL } from '../../lib/backends';
import { formatDate, formatNumber, formatTime, formatMoney } from '../../lib/format';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { EmptyState } from '../../ui/EmptyState';
import { ArrowLeftIcon, CalendarIcon, ErrorIcon, TicketIcon, UploadIcon } from '../../ui/icons';
import { Spinner } from '../../ui/Spinner';
import { SummaryDownload } from './SummaryDownload';
import { unsentCounts } from './summary-view';
import { useErrorText } from '../../i18n/error-text';

export function SummaryScreen() {
  const { summary, outbox, ui } = useStores();
  const { t } = useTranslation('summary');
  const errorText = useErrorText();
  const state = useSummary((s) => s.state);
  const day = useSummary((s) => s.day);
  const sessions = useSummary((s) => s.sessions);
  const error = useSummary((s) => s.error);
  const status = useStatus((s) => s.status);

  useEffect(() => {
    void summary.getState().load();
    void outbox.getState().load();
  }, [summary, outbox]);

  const offline = (status?.backends ?? []).some((b) => b.connection === 'offline');

  return (
    <div className="summary">
      <div className="summary__top">
        <Button variant="ghost" icon={<ArrowLeftIcon size={20} />} onClick={() => ui.getState().openHome()}>
          {t('back')}
        </Button>
        <div className="summary__heading">
          <h1 className="summary__title">{t('title')}</h1>
          {day && <p className="summary__date">{formatDate(day.date)}</p>}
        </div>
        <SummaryDownload disabled={state !== 'ready'} />
      </div>

      {offline && (
        <Banner tone="offline" title={t('offline.title')}>
          {t('offline.body')}
        </Banner>
      )}
      {error && state === 'ready' && (
        <Banner tone="danger" urgent title={t('refreshFailed')} actions={<Reload />}>
          {errorText(error)}
        </Banner>
      )}

      {(state === 'idle' || state === 'loading') && (
        <div className="app__center">
          <Spinner size={28} />
          <p className="app__center-text">{t('loading')}</p>
        </div>
      )}
      {state === 'error' && (
        <EmptyState tone="danger" icon={<ErrorIcon size={40} />} title={t('loadFailed')} action={<Reload />}>
          {error && errorText(error)}
        </EmptyState>
      )}
      {state === 'ready' && day && (
        <>
          <Unsent salesUnsent={day.unsent} />
          <Sales day={day} />
          <CheckIns sessions={sessions} />
        </>
      )}
    </div>
  );
}

function Reload() {
  const { summary } = useStores();
  const { t } = useTranslation('summary');
  return (
    <Button variant="secondary" onClick={() => void summary.getState().load()}>
      {t('tryAgain')}
    </Button>
  );
}

function Unsent({ salesUnsent }: { salesUnsent: number }) {
  const { ui } = useStores();
  const { t } = useTranslation('summary');
  // The queue screen's own list: the same counts staff find there.
  const items = useOutbox((s) => s.items);
  const { queued, attention } = unsentCounts(items);
  const none = queued === 0 && attention === 0 && salesUnsent === 0;
  return (
    <Card
      title={t('unsent.title')}
      className="summary__unsent"
      actions={
        <Button variant="secondary" icon={<UploadIcon size={20} />} onClick={() => ui.getState().openQueue()}>
          {t('unsent.openQueue')}
        </Button>
      }
    >
      <div className="summary__body">
        {none ? (
          <p className="summary__line">{t('unsent.allSent')}</p>
        ) : (
          <ul className="summary__counts">
            <li>{t('unsent.queued', { count: queued })}</li>
            <li className={attention > 0 ? 'summary__attention' : undefined}>
              {t('unsent.attention', { count: attention })}
            </li>
            {salesUnsent > 0 && <li>{t('unsent.sales', { count: salesUnsent })}</li>}
          </ul>
        )}
      </div>
    </Card>
  );
}

function Amount({ group }: { group: DayGroupTotal }) {
  const { t } = useTranslation('summary');
  if (group.amounts.length === 0) return <>{t('sales.noAmount')}</>;
  // Formatted here, in the screen's language and the venue's currency, not the core's locale.
  return <>{group.amounts.map((a) => formatMoney(a)).join(' + ')}</>;
}

function Sales({ day }: { day: DaySummary }) {
  const { t } = useTranslation('summary');
  const provisional = day.sales.filter((s) => s.provisional && s.state !== 'sent').length;
  if (day.overall.sales === 0)
    return (
      <Card title={t('sales.title')}>
        <div className="summary__body">
          <EmptyState icon={<TicketIcon size={40} />} title={t('sales.emptyTitle')}>
            {t('sales.emptyBody')}
          </EmptyState>
        </div>
      </Card>
    );
  const total = (
    <tr className="summary__total">
      <th scope="row">{t('sales.total')}</th>
      <td className="num">{formatNumber(day.overall.sales)}</td>
      <td className="num">{formatNumber(day.overall.places)}</td>
      <td className="num">
        <Amount group={day.overall} />
      </td>
    </tr>
  );
  return (
    <Card title={t('sales.title')}>
      <div className="summary__body">
        <table className="summary__table">
          <caption>{t('sales.byTender')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sales.colWhat')}</th>
              <th scope="col" className="num">
                {t('sales.colSales')}
              </th>
              <th scope="col" className="num">
                {t('sales.colPlaces')}
              </th>
              <th scope="col" className="num">
                {t('sales.colAmount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {day.byTender.map((g) => (
              <tr key={g.tender}>
                <th scope="row">{t(`tender.${g.tender}`)}</th>
                <td className="num">{formatNumber(g.sales)}</td>
                <td className="num">{formatNumber(g.places)}</td>
                <td className="num">
                  <Amount group={g} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>{total}</tfoot>
        </table>
        <table className="summary__table">
          <caption>{t('sales.byBackend')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sales.colBackend')}</th>
              <th scope="col" className="num">
                {t('sales.colSales')}
              </th>
              <th scope="col" className="num">
                {t('sales.colPlaces')}
              </th>
              <th scope="col" className="num">
                {t('sales.colAmount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {day.byBackend.map((g) => (
              <tr key={g.backend}>
                <th scope="row">{BACKEND_LABEL[g.backend].product}</th>
                <td className="num">{formatNumber(g.sales)}</td>
                <td className="num">{formatNumber(g.places)}</td>
                <td className="num">
                  <Amount group={g} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {provisional > 0 && <p className="summary__note">{t('sales.provisional', { count: provisional })}</p>}
      </div>
    </Card>
  );
}

function CheckIns({ sessions }: { sessions: TodaySession[] }) {
  const { t } = useTranslation('summary');
  if (sessions.length === 0)
    return (
      <Card title={t('checkins.title')}>
        <div className="summary__body">
          <EmptyState icon={<CalendarIcon size={40} />} title={t('checkins.emptyTitle')}>
            {t('checkins.emptyBody')}
          </EmptyState>
        </div>
      </Card>
    );
  const ordered = [...sessions].sort(
    (a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id),
  );
  return (
    <Card title={t('checkins.title')}>
      <div className="summary__body">
        <table className="summary__table">
          <thead>
            <tr>
              <th scope="col">{t('checkins.colSession')}</th>
              <th scope="col" className="num">
                {t('checkins.colTime')}
              </th>
              <th scope="col">{t('checkins.colBackend')}</th>
              <th scope="col" className="num">
                {t('checkins.colCheckedIn')}
              </th>
            </tr>
          </thead>
          <tbody>
            {ordered.map((s) => (
              <tr key={`${s.backend}:${s.id}`}>
                <th scope="row">{s.name}</th>
                <td className="num">{formatTime(s.startsAt)}</td>
                <td>{BACKEND_LABEL[s.backend].product}</td>
                <td className="num">
                  {t('checkins.ofBooked', {
                    checkedIn: formatNumber(s.checkedIn),
                    booked: formatNumber(s.booked),
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
