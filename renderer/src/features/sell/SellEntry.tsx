// Renderer: the ways staff start a walk-up sale — "New sale" on Home, and "Sell" on a bookable row
// of today's sessions (opening the sale on that session or tour slot).
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../../shared/domain/cache';
import { useStatus, useStores } from '../../app/stores-context';
import { activeBackends } from '../status/status-store';
import { formatTime } from '../../lib/format';
import { Button } from '../../ui/Button';
import { TicketIcon } from '../../ui/icons';
import { hasSaleFlow } from './sale-flows';

/** Home's "New sale": shown when a connected back end can sell at the desk. */
export function NewSaleButton() {
  const { t } = useTranslation('sell');
  const { ui } = useStores();
  const canSell = useStatus((s) => activeBackends(s.status).some((b) => hasSaleFlow(b.backend)));
  if (!canSell) return null;
  return (
    <div className="sell-entry">
      <Button
        variant="primary"
        size="lg"
        icon={<TicketIcon size={20} />}
        onClick={() => ui.getState().openSell()}
      >
        {t('entry.newSale')}
      </Button>
    </div>
  );
}

/** Whether a row of today's list can be sold from: a back end with a flow, not started, not full. */
export function canSellSession(session: SessionSummary, now: number): boolean {
  if (!hasSaleFlow(session.source)) return false;
  if (Date.parse(session.startsAt) <= now) return false;
  if (session.spacesAvailable === 0) return false;
  return !(session.capacity !== null && session.booked >= session.capacity);
}

/** A session row's "Sell", named with the session and its time so each row's button is told apart. */
export function SellSessionButton({ session }: { session: SessionSummary }) {
  const { t } = useTranslation('sell');
  const { ui } = useStores();
  return (
    <Button
      className="sell-session"
      icon={<TicketIcon size={18} />}
      aria-label={t('entry.sellSession', { name: session.name, time: formatTime(session.startsAt) })}
      onClick={() => ui.getState().openSell({ backend: session.source, sessionId: session.id })}
    >
      {t('entry.sell')}
    </Button>
  );
}
