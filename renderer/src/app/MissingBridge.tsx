// Renderer: shown instead of the app when the page was opened without Frontdesk's bridge (no window.frontdesk).
import { Trans, useTranslation } from 'react-i18next';

export function MissingBridge() {
  const { t } = useTranslation('app');
  return (
    <main className="missing-bridge" data-state="error">
      <div className="missing-bridge__card" role="alert">
        <span className="brand__mark brand__mark--lg" aria-hidden="true">
          F
        </span>
        <h1 className="missing-bridge__title">{t('missingBridge.title')}</h1>
        <p>{t('missingBridge.body')}</p>
        <p className="missing-bridge__hint">
          <Trans t={t} i18nKey="missingBridge.hint" components={{ code: <code /> }} />
        </p>
      </div>
    </main>
  );
}
