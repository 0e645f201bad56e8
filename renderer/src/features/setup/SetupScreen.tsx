// Renderer: Setup — connected back ends with Sign out, and choosing and signing in to a booking system.
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus, BackendStatus } from '../../../../shared/domain/backend';
import { useStatus, useStores, useUi } from '../../app/stores-context';
import type { SetupChoice } from '../../app/ui-store';
import { BACKEND_LABEL } from '../../lib/backends';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { ArrowLeftIcon } from '../../ui/icons';
import { StatusArea } from '../status/StatusArea';
import { BackendPicker } from './BackendPicker';
import { ConnectedBackends } from './ConnectedBackends';
import { CredentialsForm } from './CredentialsForm';
import { DemoPanel } from './DemoPanel';
import { KioskSetupCard } from '../kiosk/KioskSetupCard';
import { LanguagePicker } from './LanguagePicker';

export function SetupScreen() {
  const { t } = useTranslation('setup');
  const { ui, sync } = useStores();
  const status = useStatus((s) => s.status);
  const requested = useUi((s) => s.setupChoice);
  const [choice, setChoice] = useState<SetupChoice>(() => requested ?? defaultChoice(status));
  const live = status?.backends.filter((b) => b.mode === 'live') ?? [];
  const formArea = useRef<HTMLDivElement>(null);
  useFocusFirstField(formArea);

  const onConnected = (connected: BackendStatus) => {
    const { product } = BACKEND_LABEL[connected.backend];
    ui.getState().openHome();
    // The account id ("API key ending …") means nothing at the desk; Setup lists it for the IT person.
    ui.getState().showFlash('success', t('flash.connected', { product }));
    // A first download right away, so the desk is useful before the scheduler's next run.
    void sync.getState().syncNow({ backend: connected.backend, full: true });
  };

  const onDemo = () => {
    ui.getState().openHome();
    ui.getState().showFlash('info', t('flash.demo'));
  };

  return (
    <div className="setup">
      <div className="setup__bar">
        <Button variant="ghost" icon={<ArrowLeftIcon size={20} />} onClick={() => ui.getState().openHome()}>
          {t('back')}
        </Button>
      </div>
      <header className="setup__header">
        <h1 className="setup__title">{status?.mode === 'live' ? t('title.live') : t('title.connect')}</h1>
        <p className="setup__lead">{t('lead')}</p>
      </header>
      <StatusArea where="setup" />
      {live.length > 0 && <ConnectedBackends backends={live} />}
      <div className="setup__grid">
        <BackendPicker value={choice} status={status} onChange={setChoice} />
        <div ref={formArea} className="setup__form-area">
          <Card
            className="setup__form"
            title={
              choice === 'demo'
                ? t('form.demoTitle')
                : t('form.signInTitle', { product: BACKEND_LABEL[choice].product })
            }
            subtitle={choice === 'demo' ? t('form.demoSubtitle') : t(`sells.${choice}`)}
          >
            {choice === 'demo' ? (
              <DemoPanel onSwitched={onDemo} />
            ) : (
              <CredentialsForm
                key={choice}
                backend={choice}
                current={live.find((b) => b.backend === choice)}
                onConnected={onConnected}
              />
            )}
          </Card>
        </div>
      </div>
      <LanguagePicker />
      <KioskSetupCard />
    </div>
  );
}

/**
 * Opening Setup (Settings or Connect) puts the cursor where typing starts: the first text field of
 * the form, else its first control (demo mode's button). Only on open: a later change of booking
 * system leaves focus in the picker, where the keyboard user is.
 */
function useFocusFirstField(area: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const root = area.current;
    const target =
      root?.querySelector<HTMLElement>('input:not([type="radio"]):not([type="checkbox"]):not(:disabled)') ??
      root?.querySelector<HTMLElement>('input:not(:disabled), button:not(:disabled)');
    target?.focus();
  }, [area]);
}

function defaultChoice(status: AppStatus | null): SetupChoice {
  const live = status?.backends.find((b) => b.mode === 'live');
  return live?.backend ?? 'reservie';
}
