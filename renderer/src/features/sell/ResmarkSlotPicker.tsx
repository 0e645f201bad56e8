// Renderer: the tour, the day and its slots, with how many seats each has left — live from Resmark,
// or from the saved copy (provisional) when Resmark cannot be reached.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useResmarkSale, useStores } from '../../app/stores-context';
import { formatTime } from '../../lib/format';
import { useNow } from '../../lib/use-now';
import { Badge } from '../../ui/Badge';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { Spinner } from '../../ui/Spinner';
import { SaleError } from './SaleError';
import { isOpen, seatsLeftIn } from './resmark-sale-view';

export function ResmarkSlotPicker() {
  const { t } = useTranslation('sell');
  const { resmarkSale } = useStores();
  const products = useResmarkSale((s) => s.products);
  const productId = useResmarkSale((s) => s.productId);
  const date = useResmarkSale((s) => s.date);
  const state = useResmarkSale((s) => s.availabilityState);
  const availability = useResmarkSale((s) => s.availability);
  const error = useResmarkSale((s) => s.availabilityError);
  const activityId = useResmarkSale((s) => s.activityId);
  const locked = useResmarkSale((s) => s.step !== 'picking');
  const now = useNow(60_000);
  const titleId = useId();
  const tourId = useId();
  const dateId = useId();

  return (
    <Card className="rsale__pick" title={t('resmark.pickTitle')} titleId={titleId} aria-labelledby={titleId}>
      <div className="rsale__pick-row">
        <div className="field">
          <label className="field__label" htmlFor={tourId}>
            {t('resmark.tour')}
          </label>
          <select
            id={tourId}
            className="field__input rsale__select"
            value={productId ?? ''}
            disabled={locked}
            onChange={(e) => void resmarkSale.getState().pickProduct(e.target.value)}
          >
            {productId === null && <option value="">{t('resmark.chooseTour')}</option>}
            {products.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={dateId}>
            {t('resmark.date')}
          </label>
          <input
            id={dateId}
            type="date"
            className="field__input"
            value={date}
            disabled={locked}
            onChange={(e) => void resmarkSale.getState().pickDate(e.target.value)}
          />
        </div>
      </div>

      {availability && state !== 'error' && (
        <div className="rsale__source">
          {availability.source === 'live' ? (
            <Badge tone="success" size="sm" dot>
              {t('resmark.live')}
            </Badge>
          ) : (
            <Banner tone="offline" inline title={t('resmark.cachedTitle')}>
              {t('resmark.cachedBody')}
            </Banner>
          )}
        </div>
      )}
      {state === 'loading' && (
        <p className="sell__loading" role="status">
          <Spinner size={20} /> {t('resmark.loadingSlots')}
        </p>
      )}
      {state === 'error' && error && (
        <SaleError
          error={error}
          actions={
            <Button onClick={() => void resmarkSale.getState().loadAvailability()}>
              {t('actions.tryAgain')}
            </Button>
          }
        />
      )}
      {state === 'ready' && availability && availability.slots.length === 0 && (
        <p className="rsale__none">{t('resmark.noSlots')}</p>
      )}
      {state !== 'error' && availability && availability.slots.length > 0 && (
        <fieldset className="choice rsale__slots" disabled={locked}>
          <legend className="choice__legend">{t('resmark.slotLegend')}</legend>
          <div className="choice__list rsale__slot-list">
            {availability.slots.map((slot) => {
              const left = seatsLeftIn(slot);
              const started = Date.parse(slot.startTime) <= now;
              const closed = !isOpen(slot, now);
              return (
                <label
                  key={slot.activityId}
                  className={`choice__option${closed ? ' choice__option--closed' : ''}`}
                  data-activity-id={slot.activityId}
                >
                  <input
                    type="radio"
                    name="rsale-slot"
                    value={slot.activityId}
                    checked={activityId === slot.activityId}
                    disabled={closed}
                    onChange={() => resmarkSale.getState().pickSlot(slot.activityId)}
                  />
                  <span className="choice__text">
                    <span className="rsale__slot-time num">
                      {formatTime(slot.startTime)}–{formatTime(slot.endTime)}
                    </span>
                    <span className="rsale__slot-left">
                      {started
                        ? t('resmark.started')
                        : left === 0
                          ? t('resmark.full')
                          : t('resmark.seatsLeft', { count: left })}
                    </span>
                  </span>
                </label>
              );
            })}
          </div>
        </fieldset>
      )}
    </Card>
  );
}
