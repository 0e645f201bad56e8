// Renderer: the receipt of one desk sale — its confirmation number, what was sold, the total,
// the tender — or, offline, that it is queued with its referenceId. Printable (sell.css hides
// everything else on paper); "New sale" and "Done" end it.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaleReceipt } from '../../../../shared/domain/sales';
import { formatDateTime } from '../../lib/format';
import { Badge } from '../../ui/Badge';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { moneyText, readableWhat } from './sale-format';

export function Receipt({
  receipt,
  onNewSale,
  onDone,
}: {
  receipt: SaleReceipt;
  onNewSale: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('sell');
  const heading = useRef<HTMLHeadingElement>(null);
  // The screen changed under the pointer: move focus to the news, so a screen reader reads it.
  useEffect(() => heading.current?.focus(), []);
  const name = [receipt.customer.firstName, receipt.customer.lastName].filter(Boolean).join(' ');
  const total = moneyText(receipt.total);
  return (
    <section className="receipt" aria-labelledby="receipt-title" data-state={receipt.state}>
      <header className="receipt__header">
        <h2 className="receipt__title" id="receipt-title" tabIndex={-1} ref={heading}>
          {t(`receipt.title.${receipt.state}`)}
        </h2>
        <Badge
          tone={receipt.state === 'sent' ? 'success' : receipt.state === 'queued' ? 'warning' : 'danger'}
        >
          {t(`receipt.state.${receipt.state}`)}
        </Badge>
      </header>

      {receipt.state === 'queued' && (
        <Banner tone="offline" title={t('receipt.queuedTitle')}>
          {t('receipt.queuedBody', { referenceId: receipt.referenceId })}
        </Banner>
      )}
      {receipt.state === 'needs_attention' && (
        <Banner tone="danger" title={t('receipt.problemTitle')}>
          {receipt.problem ?? t('receipt.problemBody')}
        </Banner>
      )}
      {receipt.provisional && receipt.state !== 'sent' && (
        <p className="receipt__note">{t('receipt.provisional')}</p>
      )}

      <dl className="receipt__lines">
        <div className="receipt__line receipt__line--main">
          <dt>{t('receipt.confirmation')}</dt>
          <dd className="num" data-testid="receipt-confirmation">
            {receipt.confirmation ?? t('receipt.noConfirmation')}
          </dd>
        </div>
        <div className="receipt__line">
          <dt>{t('receipt.reference')}</dt>
          <dd className="num receipt__reference" data-testid="receipt-reference">
            {receipt.referenceId}
          </dd>
        </div>
        <div className="receipt__line">
          <dt>{t('receipt.what')}</dt>
          <dd>{readableWhat(receipt.what, formatDateTime)}</dd>
        </div>
        <div className="receipt__line">
          <dt>{t('receipt.places')}</dt>
          <dd className="num">{t('receipt.placesCount', { count: receipt.places })}</dd>
        </div>
        {name && (
          <div className="receipt__line">
            <dt>{t('receipt.customer')}</dt>
            <dd>{name}</dd>
          </div>
        )}
        {receipt.customer.email && (
          <div className="receipt__line">
            <dt>{t('receipt.email')}</dt>
            <dd>{receipt.customer.email}</dd>
          </div>
        )}
        <div className="receipt__line">
          <dt>{t('receipt.tender')}</dt>
          <dd>{t(`receipt.tenders.${receipt.tender}`)}</dd>
        </div>
        <div className="receipt__line receipt__line--total">
          <dt>{t('receipt.total')}</dt>
          <dd className="num">
            {total === null
              ? t('receipt.noTotal')
              : receipt.tender === 'comp'
                ? t('receipt.compTotal', { value: total })
                : total}
          </dd>
        </div>
        <div className="receipt__line">
          <dt>{t('receipt.when')}</dt>
          <dd>{formatDateTime(receipt.createdAt)}</dd>
        </div>
      </dl>

      <div className="receipt__actions">
        <Button size="lg" onClick={() => window.print()}>
          {t('receipt.print')}
        </Button>
        <Button size="lg" onClick={onNewSale}>
          {t('receipt.newSale')}
        </Button>
        <Button variant="primary" size="lg" onClick={onDone}>
          {t('receipt.done')}
        </Button>
      </div>
    </section>
  );
}
