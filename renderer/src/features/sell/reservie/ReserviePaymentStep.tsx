// Renderer: how the walk-up pays for a Reservie class — one of their passes that covers it, a pass
// sold now at the desk (then spent on this class), or the class paid for — with the shared tender.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReservieSaleOptions } from '../../../../../shared/domain/sales';
import { useReservieSale, useSale, useStores } from '../../../app/stores-context';
import { formatDate } from '../../../lib/format';
import { TenderChoice } from '../TenderChoice';
import { moneyText } from '../sale-format';
import { paymentKinds, type PaymentKind } from './reservie-sale-form';

export function ReserviePaymentStep({
  options,
  disabled,
}: {
  options: ReservieSaleOptions;
  disabled: boolean;
}) {
  const { t } = useTranslation('sellReservie');
  const { reservieSale, sale } = useStores();
  const kind = useReservieSale((s) => s.kind);
  const problems = useReservieSale((s) => s.problems);
  const tender = useSale((s) => s.tender);
  const name = useId();
  const price = moneyText(options.session.price);
  const hint: Record<PaymentKind, string> = {
    usePass: t('payment.usePassHint'),
    buyPass: t('payment.buyPassHint'),
    pay: price ? t('payment.payHint', { price }) : t('payment.payHintNoPrice'),
  };
  const paymentProblem = problems.find((p) => p.field === 'payment');
  return (
    <section className="reservie-sale__payment" aria-labelledby="reservie-payment-title">
      <fieldset className="choice" disabled={disabled}>
        <legend className="choice__legend" id="reservie-payment-title">
          {t('payment.legend')}
        </legend>
        <div className="choice__list">
          {paymentKinds(options).map((k) => (
            <label key={k} className="choice__option">
              <input
                type="radio"
                name={name}
                value={k}
                checked={kind === k}
                onChange={() => reservieSale.getState().chooseKind(k)}
              />
              <span className="choice__text">
                <span className="choice__title">{t(`payment.${k}`)}</span>
                <span className="choice__detail">{hint[k]}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {kind === 'usePass' && <HeldPasses options={options} disabled={disabled} />}
      {kind === 'buyPass' && <PassTypes options={options} disabled={disabled} />}
      {(kind === 'buyPass' || kind === 'pay') && (
        <TenderChoice value={tender} onChange={(x) => sale.getState().pickTender(x)} disabled={disabled} />
      )}
      {paymentProblem && (
        <p className="field__error" role="alert">
          {t(`problems.payment.${paymentProblem.code}`)}
        </p>
      )}
    </section>
  );
}

function HeldPasses({ options, disabled }: { options: ReservieSaleOptions; disabled: boolean }) {
  const { t } = useTranslation('sellReservie');
  const { reservieSale } = useStores();
  const picked = useReservieSale((s) => s.customerPassId);
  const name = useId();
  return (
    <fieldset className="choice" disabled={disabled}>
      <legend className="choice__legend">{t('payment.passesLegend')}</legend>
      <div className="choice__list">
        {options.passes.map((p) => (
          <label key={p.id} className="choice__option">
            <input
              type="radio"
              name={name}
              value={p.id}
              checked={picked === p.id}
              onChange={() => reservieSale.getState().choosePass(p.id)}
            />
            <span className="choice__text">
              <span className="choice__title">{p.passName}</span>
              <span className="choice__detail">
                {t('payment.usesLeft', { count: p.remainingUses })}
                {p.expiryDate ? ` · ${t('payment.expires', { date: formatDate(p.expiryDate) })}` : ''}
              </span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function PassTypes({ options, disabled }: { options: ReservieSaleOptions; disabled: boolean }) {
  const { t } = useTranslation('sellReservie');
  const { reservieSale } = useStores();
  const picked = useReservieSale((s) => s.passId);
  const name = useId();
  return (
    <fieldset className="choice" disabled={disabled}>
      <legend className="choice__legend">{t('payment.passTypesLegend')}</legend>
      <div className="choice__list">
        {options.passTypes.map((p) => (
          <label key={p.id} className="choice__option">
            <input
              type="radio"
              name={name}
              value={p.id}
              checked={picked === p.id}
              onChange={() => reservieSale.getState().choosePassType(p.id)}
            />
            <span className="choice__text">
              <span className="choice__title">{p.name}</span>
              <span className="choice__detail">
                {[
                  p.credits !== null ? t('payment.credits', { count: p.credits }) : null,
                  moneyText(p.price) ?? t('payment.noPrice'),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
