// Renderer: the home screen's warning when any change has waited more than a day to send: a
// check-in or a sale the booking system still does not know about.
import { useOutbox, useStores } from '../../app/stores-context';
import { formatDateTime, plural } from '../../lib/format';
import { useNow } from '../../lib/use-now';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { staleUnsent } from './outbox-view';

export function StaleQueueBanner() {
  const { ui } = useStores();
  const items = useOutbox((s) => s.items);
  const now = useNow(60_000);
  const stale = staleUnsent(items, now);
  if (stale.length === 0) return null;
  const oldest = stale.reduce((a, b) => (a.createdAt < b.createdAt ? a : b));
  return (
    <Banner
      tone="warning"
      title={`${plural(stale.length, 'change has', 'changes have')} waited more than a day to send.`}
      actions={
        <Button variant="secondary" onClick={() => ui.getState().openQueue()}>
          Open the queue
        </Button>
      }
    >
      The oldest is from {formatDateTime(oldest.createdAt)}. The booking system does not have it yet.
    </Banner>
  );
}
