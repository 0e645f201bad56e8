// Renderer: the walk-up sale screen — which back end to sell on (when more than one can), and that
// back end's own flow from sale-flows.ts. Opened from Home ("Sell") or a session's Sell button.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackendId } from '../../../../shared/domain/backend';
import { useStatus, useStores, useUi } from '../../app/stores-context';
import { activeBackends } from '../status/status-store';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ArrowLeftIcon, TicketIcon } from '../../ui/icons';
import { SALE_FLOWS } from './sale-flows';

export function SellScreen() {
  const { t } = useTranslation('sell');
  const { ui, sale } = useStores();
  const target = useUi((s) => s.sellTarget);
  const status = useStatus((s) => s.status);
  const sellable = activeBackends(status)
    .map((b) => b.backend)
    .filter((id) => SALE_FLOWS[id] !== undefined);
  const [picked, setPicked] = useState<BackendId | null>(target?.backend ?? null);
  const backend = picked && sellable.includes(picked) ? picked : (sellable[0] ?? null);
  const Flow = backend ? SALE_FLOWS[backend] : undefined;
  const done = () => {
    sale.getState().reset();
    ui.getState().openHome();
  };

  return (
    <div className="sell">
      <div className="sell__top">
        <Button variant="ghost" icon={<ArrowLeftIcon size={20} />} onClick={done}>
          {t('screen.back')}
        </Button>
        <h1 className="sell__title">{t('screen.title')}</h1>
      </div>
      {sellable.length > 1 && (
        <fieldset className="sell__backends">
          <legend className="visually-hidden">{t('screen.backendLegend')}</legend>
          {sellable.map((id) => (
            <label key={id} className="sell__backend">
              <input
                type="radio"
                name="sell-backend"
                value={id}
                checked={backend === id}
                onChange={() => {
                  sale.getState().reset();
                  setPicked(id);
                }}
              />
              <span>{t(`screen.backend.${id}`)}</span>
            </label>
          ))}
        </fieldset>
      )}
      {Flow && backend ? (
        <Flow key={backend} sessionId={target?.backend === backend ? target.sessionId : null} onDone={done} />
      ) : (
        <EmptyState icon={<TicketIcon size={32} />} title={t('screen.noneTitle')}>
          {t('screen.noneBody')}
        </EmptyState>
      )}
    </div>
  );
}
