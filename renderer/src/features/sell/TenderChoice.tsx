// Renderer: how the customer pays at the desk — cash, card at the desk, or complimentary — as
// real radio buttons in a fieldset, so the choice is named and keyboard operable.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaleTender } from '../../../../shared/domain/sales';

export const TENDERS: readonly SaleTender[] = ['cash', 'card', 'comp'];

export function TenderChoice({
  value,
  onChange,
  disabled = false,
}: {
  value: SaleTender | null;
  onChange: (tender: SaleTender) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation('sell');
  const name = useId();
  return (
    <fieldset className="choice tender-choice" disabled={disabled}>
      <legend className="choice__legend">{t('tender.legend')}</legend>
      <div className="choice__list tender-choice__list">
        {TENDERS.map((tender) => (
          <label key={tender} className="choice__option">
            <input
              type="radio"
              name={name}
              value={tender}
              checked={value === tender}
              onChange={() => onChange(tender)}
            />
            <span className="choice__text">
              <span className="tender-choice__name">{t(`tender.${tender}`)}</span>
              <span className="tender-choice__hint">{t(`tender.${tender}Hint`)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
