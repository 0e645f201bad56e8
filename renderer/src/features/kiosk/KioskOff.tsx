// Renderer: staff left kiosk mode on a window that was opened as a kiosk (web host `--kiosk`): it
// may make only the kiosk's calls, so it cannot be the desk, and says how to get the desk back.
import { useTranslation } from 'react-i18next';

export function KioskOff() {
  const { t } = useTranslation('kiosk');
  return (
    <section className="kiosk-screen" aria-labelledby="kiosk-title">
      <h1 id="kiosk-title" className="kiosk-title kiosk-title--small">
        {t('off.title')}
      </h1>
      <p className="kiosk-detail">{t('off.detail')}</p>
    </section>
  );
}
