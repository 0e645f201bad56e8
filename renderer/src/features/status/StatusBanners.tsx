// Renderer: desk-wide messages — offline, weakly protected credentials, and the latest confirmation.
import { useStatus, useStores, useUi } from '../../app/stores-context';
import { BACKEND_LABEL } from '../../lib/backends';
import { Banner } from '../../ui/Banner';
import { OfflineIcon, ShieldIcon } from '../../ui/icons';
import { activeBackends } from './status-store';

export function OfflineBanner() {
  const status = useStatus((s) => s.status);
  const offline = activeBackends(status).filter((b) => b.connection === 'offline');
  if (offline.length === 0) return null;
  const which = offline.map((b) => `${BACKEND_LABEL[b.backend].kind} (${BACKEND_LABEL[b.backend].product})`);
  return (
    <Banner
      tone="offline"
      icon={<OfflineIcon size={22} />}
      title="Offline — working from this device's saved data"
    >
      Can't reach {which.join(' or ')}. Search and sessions still work; changes are sent once it's back.
    </Banner>
  );
}

/**
 * Only where credentials matter: in demo mode there are none to protect (Setup still says it, before
 * any are typed). On Home staff may hide it for the session; on Setup (`always`) it stays.
 */
export function SecretWarningBanner({ always = false }: { always?: boolean }) {
  const { ui } = useStores();
  const status = useStatus((s) => s.status);
  const hidden = useUi((s) => s.secretWarningHidden);
  const warning = status?.secretProtectionWarning;
  if (!warning || (!always && (status.mode === 'demo' || hidden))) return null;
  return (
    <Banner
      tone="warning"
      icon={<ShieldIcon size={22} />}
      title="Saved credentials aren't fully protected."
      inline
      onDismiss={always ? undefined : () => ui.getState().hideSecretWarning()}
    >
      {warning}
    </Banner>
  );
}

export function FlashBanner() {
  const { ui } = useStores();
  const flash = useUi((s) => s.flash);
  if (!flash) return null;
  return (
    <Banner
      key={flash.id}
      tone={flash.tone}
      title={flash.text}
      onDismiss={() => ui.getState().dismissFlash()}
    />
  );
}
