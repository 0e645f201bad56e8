// Renderer: the customer a scan opened (their card's id, which the name search does not cover),
// shown on its own above the results with their check-in.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheckIn, useStores } from '../../app/stores-context';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { CheckInPanel } from '../checkin/CheckInPanel';

export function ScannedCustomer({ onCheckedIn, onClose }: { onCheckedIn: () => void; onClose: () => void }) {
  const { checkin } = useStores();
  const { t } = useTranslation('search');
  const customer = useCheckIn((s) => s.options?.customer ?? null);
  const nameId = useId();
  if (!customer) return null;
  return (
    <article className="hit hit--scanned" aria-labelledby={nameId} data-open>
      <div className="hit__main">
        <div className="hit__title">
          <h3 className="hit__name" id={nameId}>
            {customer.name}
          </h3>
          <Badge tone="accent" size="sm">
            {t('card.scanned')}
          </Badge>
          <Button
            variant="ghost"
            className="hit__close"
            onClick={() => {
              checkin.getState().close();
              onClose();
            }}
          >
            {t('card.close')}
          </Button>
        </div>
        <CheckInPanel onDone={onCheckedIn} />
      </div>
    </article>
  );
}
