// Renderer: the Resmark walk-up sale — tour and day, the slot (live or from the saved copy),
// participants per tier with the running total, seats held with a visible countdown, the lead
// guest's details and the confirmation e-mail choice, the tender, then the receipt.
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useResmarkSale, useSale, useStores } from '../../app/stores-context';
import { formatTime } from '../../lib/format';
import { useNow } from '../../lib/use-now';
import { Badge } from '../../ui/Badge';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { EmptyState } from '../../ui/EmptyState';
import { Spinner } from '../../ui/Spinner';
import { TicketIcon } from '../../ui/icons';
import { Receipt } from './Receipt';
import { ResmarkCustomerForm } from './ResmarkCustomerForm';
import { ResmarkParticipants } from './ResmarkParticipants';
import { ResmarkSlotPicker } from './ResmarkSlotPicker';
import { SaleError } from './SaleError';
import { TenderChoice } from './TenderChoice';
import { pickedSlot } from './resmark-sale-store';
import { localDay, seatsOf } from './resmark-sale-view';
import { countdownText, formatMoney, msLeft, totalOf } from './sale-format';
import type { SaleFlowProps } from './sale-flows';
import { useErrorText } from '../../i18n/error-text';

/** How often the lock is re-read (the core renews it; this only notices when that failed). */
const HOLD_POLL_MS = 15_000;

export function ResmarkSale({ sessionId, onDone }: SaleFlowProps) {
  const { resmarkSale, sale } = useStores();
  const receipt = useSale((s) => s.receipt);

  useEffect(() => {
    sale.getState().reset();
    void resmarkSale.getState().start(sessionId, localDay(new Date()));
    // Leaving the screen any way (Back, another view) lets held seats go.
    return () => void resmarkSale.getState().cancel();
  }, [resmarkSale, sale, sessionId]);

  if (receipt) {
    return (
      <Receipt
        receipt={receipt}
        onNewSale={() => {
          sale.getState().reset();
          void resmarkSale.getState().start(null, localDay(new Date()));
        }}
        onDone={onDone}
      />
    );
  }
  return <ResmarkSaleForm onDone={onDone} />;
}

function ResmarkSaleForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('sell');
  const { resmarkSale } = useStores();
  const productsState = useResmarkSale((s) => s.productsState);
  const productsError = useResmarkSale((s) => s.productsError);
  const products = useResmarkSale((s) => s.products);
  const step = useResmarkSale((s) => s.step);

  if (productsState === 'loading' || productsState === 'idle') {
    return (
      <p className="sell__loading" role="status">
        <Spinner size={20} /> {t('resmark.loadingTours')}
      </p>
    );
  }
  if (productsState === 'error' && productsError) {
    return (
      <SaleError
        error={productsError}
        actions={
          <Button onClick={() => void resmarkSale.getState().start(null, localDay(new Date()))}>
            {t('actions.tryAgain')}
          </Button>
        }
      />
    );
  }
  if (products.length === 0) {
    return (
      <EmptyState icon={<TicketIcon size={32} />} title={t('resmark.noToursTitle')}>
        {t('resmark.noToursBody')}
      </EmptyState>
    );
  }
  return (
    <div className="rsale">
      <ResmarkSlotPicker />
      <ResmarkParticipants />
      {step === 'held' && <Checkout onDone={onDone} />}
    </div>
  );
}

/** The hold's state, the lead guest, the tender and the Sell button. */
function Checkout({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('sell');
  const { resmarkSale, sale } = useStores();
  const counts = useResmarkSale((s) => s.counts);
  const availability = useResmarkSale((s) => s.availability);
  const activityId = useResmarkSale((s) => s.activityId);
  const releasing = useResmarkSale((s) => s.releasing);
  const tender = useSale((s) => s.tender);
  const submitting = useSale((s) => s.submitting);
  const error = useSale((s) => s.error);
  const titleId = useId();
  const slot = pickedSlot({ availability, activityId });
  const total = totalOf(slot?.tiers ?? [], counts);
  const places = seatsOf(counts);
  const totalText = total.currency ? formatMoney(total.minor, total.currency) : '';

  const sell = async (form: HTMLFormElement) => {
    const draft = resmarkSale.getState().draft();
    if (!draft) {
      // Take staff to the first field that needs fixing (after React has marked it).
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const done = await sale.getState().submit(draft);
    if (done) resmarkSale.getState().sold();
    else if (sale.getState().error?.code === 'NOT_FOUND') await resmarkSale.getState().checkHold();
  };

  return (
    <Card
      className="rsale__checkout"
      title={t('resmark.checkoutTitle')}
      titleId={titleId}
      aria-labelledby={titleId}
    >
      <HoldStatus />
      <form
        className="rsale__form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void sell(e.currentTarget);
        }}
      >
        <ResmarkCustomerForm disabled={submitting} />
        <TenderChoice value={tender} onChange={(v) => sale.getState().pickTender(v)} disabled={submitting} />
        {error && <SaleError error={error} />}
        <div className="rsale__actions">
          <Button
            variant="ghost"
            size="lg"
            busy={releasing}
            disabled={submitting}
            onClick={async () => {
              await resmarkSale.getState().cancel();
              onDone();
            }}
          >
            {t('resmark.cancelSale')}
          </Button>
          <Button type="submit" variant="primary" size="lg" busy={submitting} disabled={!tender}>
            {submitting ? t('resmark.selling') : t('resmark.sell', { count: places, total: totalText })}
          </Button>
        </div>
        {!tender && <p className="rsale__hint">{t('resmark.pickTender')}</p>}
      </form>
    </Card>
  );
}

/** The countdown while seats are held; or why there is no hold (offline, or the lock ran out). */
function HoldStatus() {
  const { t } = useTranslation('sell');
  const errorText = useErrorText();
  const { resmarkSale } = useStores();
  const hold = useResmarkSale((s) => s.hold);
  const unheld = useResmarkSale((s) => s.unheld);
  const lockLost = useResmarkSale((s) => s.lockLost);
  const holding = useResmarkSale((s) => s.holding);
  const holdError = useResmarkSale((s) => s.holdError);
  const now = useNow(1000);
  const left = hold ? msLeft(hold.lockEndsAt, now) : 0;
  const ranOut = hold !== null && left === 0;

  useEffect(() => {
    if (!hold) return;
    const timer = setInterval(() => void resmarkSale.getState().checkHold(), HOLD_POLL_MS);
    return () => clearInterval(timer);
  }, [hold, resmarkSale]);
  // At 0:00 ask the core at once rather than at the next poll.
  useEffect(() => {
    if (ranOut) void resmarkSale.getState().checkHold();
  }, [ranOut, resmarkSale]);

  if (lockLost) {
    return (
      <Banner
        tone="warning"
        urgent
        title={t('resmark.lockLostTitle')}
        actions={
          <>
            <Button variant="primary" busy={holding} onClick={() => void resmarkSale.getState().holdSeats()}>
              {t('actions.tryAgain')}
            </Button>
            <Button onClick={() => void resmarkSale.getState().changeSeats()}>
              {t('resmark.changeSeats')}
            </Button>
          </>
        }
      >
        {holdError ? errorText(holdError) : t('resmark.lockLostBody')}
      </Banner>
    );
  }
  if (unheld) {
    return (
      <Banner tone="offline" title={t('resmark.unheldTitle')}>
        {t('resmark.unheldBody')}
      </Banner>
    );
  }
  if (!hold) return null;
  return (
    <div className="hold" data-expired={ranOut || undefined}>
      <Badge tone={left < 5 * 60_000 ? 'warning' : 'info'} size="lg">
        {t('resmark.held')}
      </Badge>
      <p className="hold__timer">
        {t('resmark.heldFor')}{' '}
        <span role="timer" aria-label={t('resmark.timeLeft')} className="hold__time num">
          {countdownText(left)}
        </span>
      </p>
      <p className="hold__note">{t('resmark.heldUntil', { time: formatTime(hold.lockEndsAt) })}</p>
    </div>
  );
}
