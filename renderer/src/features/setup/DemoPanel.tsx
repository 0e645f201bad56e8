// Renderer: switching the desk to the built-in sample data (only when no live back end is connected).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStatus, useStores } from '../../app/stores-context';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { useErrorText } from '../../i18n/error-text';

export function DemoPanel({ onSwitched }: { onSwitched: () => void }) {
  const { t } = useTranslation('setup');
  const errorText = useErrorText();
  const { status: store, ui } = useStores();
  const mode = useStatus((s) => s.status?.mode);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const switchToDemo = async () => {
    setBusy(true);
    setError(null);
    const result = await store.getState().switchToDemo();
    setBusy(false);
    if (result.ok) onSwitched();
    // The core's own words (free text, not translated).
    else setError(errorText(result.error));
  };

  return (
    <div className="demo-panel">
      <p className="demo-panel__lead">{t('demo.lead')}</p>
      <ul className="demo-panel__points">
        <li>{t('demo.point1')}</li>
        <li>{t('demo.point2')}</li>
        <li>{t('demo.point3')}</li>
      </ul>
      {error && <Banner tone="danger" urgent title={error} />}
      <div className="credentials__actions">
        {mode === 'demo' ? (
          <>
            <Button variant="primary" size="lg" onClick={() => ui.getState().openHome()}>
              {t('demo.back')}
            </Button>
            <p className="credentials__note">{t('demo.inUse')}</p>
          </>
        ) : (
          <Button variant="primary" size="lg" busy={busy} onClick={() => void switchToDemo()}>
            {busy ? t('demo.switching') : t('demo.use')}
          </Button>
        )}
      </div>
    </div>
  );
}
