// Renderer: how many people per price tier, each with its unit price, the running total, and
// "Hold seats" — which locks them in a Resmark cart (or, held, a summary with "Change seats").
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useResmarkSale, useStores } from '../../app/stores-context';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { SaleError } from './SaleError';
import { pickedSlot } from './resmark-sale-store';
import { roomFor, seatsOf } from './resmark-sale-view';
import { formatMoney, moneyText, totalOf } from './sale-format';

export function ResmarkParticipants() {
  const { t } = useTranslation('sell');
  const { resmarkSale } = useStores();
  const availability = useResmarkSale((s) => s.availability);
  const activityId = useResmarkSale((s) => s.activityId);
  const counts = useResmarkSale((s) => s.counts);
  const step = useResmarkSale((s) => s.step);
  const holding = useResmarkSale((s) => s.holding);
  const releasing = useResmarkSale((s) => s.releasing);
  const holdError = useResmarkSale((s) => s.holdError);
  const titleId = useId();
  const tierIds = useId();
  const slot = pickedSlot({ availability, activityId });
  if (!slot) return null;
  const held = step === 'held';
  const total = totalOf(slot.tiers, counts);
  const places = seatsOf(counts);

  return (
    <Card
      className="rsale__people"
      title={t('resmark.peopleTitle')}
      titleId={titleId}
      aria-labelledby={titleId}
    >
      <ul className="tiers" aria-label={t('resmark.tiersLabel')}>
        {slot.tiers.map((tier, index) => {
          const n = counts[tier.tier] ?? 0;
          const room = roomFor(slot, tier.tier, counts);
          const inputId = `${tierIds}-${index}`;
          return (
            <li key={tier.tier} className="tier">
              <label className="tier__name" htmlFor={inputId}>
                {tier.tier}
                <span className="tier__unit num">{t('resmark.each', { price: moneyText(tier.unit) })}</span>
              </label>
              <div className="tier__stepper">
                <Button
                  className="tier__step"
                  aria-label={t('resmark.fewer', { tier: tier.tier })}
                  disabled={held || n === 0}
                  onClick={() => resmarkSale.getState().setCount(tier.tier, n - 1)}
                >
                  −
                </Button>
                <input
                  id={inputId}
                  className="field__input tier__count num"
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={n + room}
                  value={n}
                  readOnly={held}
                  onChange={(e) => {
                    const v = Number(e.target.value);
                    resmarkSale
                      .getState()
                      .setCount(tier.tier, Number.isFinite(v) ? Math.min(v, n + room) : 0);
                  }}
                />
                <Button
                  className="tier__step"
                  aria-label={t('resmark.more', { tier: tier.tier })}
                  disabled={held || room === 0}
                  onClick={() => resmarkSale.getState().setCount(tier.tier, n + 1)}
                >
                  +
                </Button>
              </div>
              <span className="tier__line num">
                {n > 0 ? formatMoney(n * tier.unit.minor, tier.unit.currency) : ''}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="rsale__total" aria-live="polite">
        <span>{t('resmark.total', { count: places })}</span>
        <strong className="num">{total.currency ? formatMoney(total.minor, total.currency) : '—'}</strong>
      </p>
      {holdError && step === 'picking' && <SaleError error={holdError} />}
      <div className="rsale__actions">
        {held ? (
          <Button size="lg" busy={releasing} onClick={() => void resmarkSale.getState().changeSeats()}>
            {t('resmark.changeSeats')}
          </Button>
        ) : (
          <Button
            variant="primary"
            size="lg"
            busy={holding}
            disabled={places === 0}
            onClick={() => void resmarkSale.getState().holdSeats()}
          >
            {holding ? t('resmark.holding') : t('resmark.hold', { count: places })}
          </Button>
        )}
      </div>
    </Card>
  );
}
