// Renderer: the home screen's warning when any change has waited more than a day to send: a
// check-in or a sale the booking system still does not know about.
import { useTranslation } from 'react-i18next';
import { useOutbox, useStores } from '../../app/stores-context';
import { formatDateTime } from '../../lib/format';
import { useNow } from '../../lib/use-now';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { staleUnsent } from './outbox-view';

export function StaleQueueBanner() {
  const { t } = useTranslation('outbox');
  const { ui } = useStores();
  const items = useOutbox((s) => s.items);
  const now = useNow(60_000);
  const stale = staleUnsent(items, now);
  if (stale.length === 0) return null;
  const oldest = stale.reduce((a, b) => (a.createdAt < b.createdAt ? a : b));
  return (
    <Banner
      tone="warning"
      title={t('stale.title', { count: stale.length })}
      actions={
        <Button variant="secondary" onClick={() => ui.getState().openQueue()}>
          {t('stale.open')}
        </Button>
      }
    >
      {t('stale.body', { at: formatDateTime(oldest.createdAt) })}
    </Banner>
  );
}
