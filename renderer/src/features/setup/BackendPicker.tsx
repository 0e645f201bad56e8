// Renderer: the choice of booking system — Reservie, Resmark or Demo — as large radio cards.
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../../shared/domain/backend';
import type { SetupChoice } from '../../app/ui-store';
import { BACKEND_LABEL } from '../../lib/backends';
import { Badge } from '../../ui/Badge';

export function BackendPicker({
  value,
  status,
  onChange,
}: {
  value: SetupChoice;
  status: AppStatus | null;
  onChange: (value: SetupChoice) => void;
}) {
  const { t } = useTranslation('setup');
  const options: { value: SetupChoice; title: string; text: string }[] = [
    { value: 'reservie', title: BACKEND_LABEL.reservie.product, text: t('sells.reservie') },
    { value: 'resmark', title: BACKEND_LABEL.resmark.product, text: t('sells.resmark') },
    { value: 'demo', title: t('picker.demoTitle'), text: t('picker.demoText') },
  ];
  const stateOf = (option: SetupChoice): string | null => {
    if (!status) return null;
    if (option === 'demo') return status.mode === 'demo' ? t('picker.inUse') : null;
    return status.backends.find((b) => b.backend === option && b.mode === 'live')
      ? t('picker.connected')
      : null;
  };
  return (
    <fieldset className="picker">
      <legend className="setup__step">{t('picker.legend')}</legend>
      {options.map((o) => {
        const state = stateOf(o.value);
        return (
          <label key={o.value} className="picker__option" data-value={o.value}>
            <input
              type="radio"
              name="booking-system"
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              aria-labelledby={`picker-${o.value}-title`}
              aria-describedby={`picker-${o.value}-text`}
            />
            <span className="picker__radio" aria-hidden="true" />
            <span className="picker__text">
              <span className="picker__title" id={`picker-${o.value}-title`}>
                {o.title}
              </span>
              <span className="picker__desc" id={`picker-${o.value}-text`}>
                {o.text}
              </span>
            </span>
            {state && (
              <Badge tone={o.value === 'demo' ? 'demo' : 'success'} size="sm" dot>
                {state}
              </Badge>
            )}
          </label>
        );
      })}
    </fieldset>
  );
}
