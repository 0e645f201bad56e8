// Renderer: the calm screen a kiosk shows when it cannot work (its core unreachable, or the app
// failed to start). Same words as the Electron host's crash-loop page (resources/out-of-order.html).
// It asks the core again now and then, and starts afresh (a reload) once it answers.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStores } from '../../app/stores-context';
import { browserTimers, type Timers } from './idle-timer';

/** How often an out-of-order kiosk asks whether its core is back. */
export const OUT_OF_ORDER_RETRY_MS = 10_000;

export function OutOfOrder({
  timers = browserTimers,
  reload = () => window.location.reload(),
}: {
  timers?: Timers;
  reload?: () => void;
}) {
  const { kioskMode } = useStores();
  const { t } = useTranslation('kiosk');
  useEffect(() => {
    let handle: unknown = null;
    let stopped = false;
    const retry = () => {
      handle = timers.setTimeout(async () => {
        await kioskMode.getState().load();
        if (stopped) return;
        if (kioskMode.getState().error === null) reload();
        else retry();
      }, OUT_OF_ORDER_RETRY_MS);
    };
    retry();
    return () => {
      stopped = true;
      if (handle !== null) timers.clearTimeout(handle);
    };
  }, [kioskMode, timers, reload]);
  return (
    <section className="kiosk-screen kiosk-out-of-order" aria-labelledby="kiosk-title">
      <h1 id="kiosk-title" className="kiosk-title">
        {t('outOfOrder.title')}
      </h1>
      <p className="kiosk-detail">{t('outOfOrder.detail')}</p>
    </section>
  );
}
