// Renderer: the app shell — header, status bar, and the screen in <main data-state> that tests wait on.
import { useTranslation } from 'react-i18next';
import { useStatus, useStores, useUi } from './stores-context';
import { AppHeader } from '../features/status/AppHeader';
import { StatusBar } from '../features/status/StatusBar';
import { HomeScreen } from '../features/home/HomeScreen';
import { SetupScreen } from '../features/setup/SetupScreen';
import { QueueScreen } from '../features/outbox/QueueScreen';
import { SellScreen } from '../features/sell/SellScreen';
import { SummaryScreen } from '../features/summary/SummaryScreen';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { Spinner } from '../ui/Spinner';
import { ErrorIcon } from '../ui/icons';
import { KioskShell } from '../features/kiosk/KioskShell';
import { useKioskMode } from '../features/kiosk/use-kiosk';
import { useErrorText } from '../i18n/error-text';

export function App() {
  const state = useStatus((s) => s.state);
  const view = useUi((s) => s.view);
  // The self-service kiosk replaces the whole desk, header included (a window opened as a kiosk
  // keeps its shell after staff leave: it cannot be the desk).
  const kiosk = useKioskMode((s) => s.mode === 'kiosk' || s.kioskOnlyWindow);
  if (kiosk) return <KioskShell />;
  return (
    <div className="app">
      <AppHeader />
      {state === 'ready' && <StatusBar />}
      <main className="app__main" data-state={state} data-view={view} aria-busy={state === 'loading'}>
        {state === 'loading' && <Starting />}
        {state === 'error' && <StartFailed />}
        {state === 'ready' && view === 'setup' && <SetupScreen />}
        {state === 'ready' && view === 'queue' && <QueueScreen />}
        {state === 'ready' && view === 'sell' && <SellScreen />}
        {state === 'ready' && view === 'summary' && <SummaryScreen />}
        {state === 'ready' && view === 'home' && <HomeScreen />}
      </main>
    </div>
  );
}

function Starting() {
  const { t } = useTranslation('app');
  return (
    <div className="app__center">
      <Spinner size={32} />
      <p className="app__center-text">{t('starting')}</p>
    </div>
  );
}

function StartFailed() {
  const { status } = useStores();
  const error = useStatus((s) => s.error);
  const { t } = useTranslation('app');
  const errorText = useErrorText();
  return (
    <div className="app__center">
      <EmptyState
        tone="danger"
        icon={<ErrorIcon size={40} />}
        title={t('startFailed.title')}
        action={
          <Button variant="primary" size="lg" onClick={() => void status.getState().load()}>
            {t('startFailed.tryAgain')}
          </Button>
        }
      >
        {/* The core's own words when it gave any (free text, not translated). */}
        {error ? errorText(error) : t('startFailed.fallback')}
      </EmptyState>
    </div>
  );
}
