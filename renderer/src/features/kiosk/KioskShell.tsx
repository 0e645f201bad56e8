// Renderer: the self-service kiosk, shown instead of the desk whenever the app is in kiosk mode.
// One guest at a time: start → confirm → result → start. Every way back to the start after a guest
// (the result's few seconds, Done, No, or N seconds idle) empties the store and reloads the page.
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStatus, useStores } from '../../app/stores-context';
import { useVenue, useVenueStore } from '../../i18n/venue-context';
import { KIOSK_IDLE_SECONDS } from '../../../../shared/domain/limits';
import { AttractScreen } from './AttractScreen';
import { ConfirmScreen } from './ConfirmScreen';
import { ResultScreen } from './ResultScreen';
import { StaffExit } from './StaffExit';
import { OutOfOrder } from './OutOfOrder';
import { KioskOff } from './KioskOff';
import { forgetGuest } from './forget-guest';
import { browserTimers, createIdleTimer, type Timers } from './idle-timer';
import { useKioskGuest, useKioskMode } from './use-kiosk';

/** How long the result stays up before the kiosk goes back to its start screen. */
export const RESULT_SECONDS = 8;

export interface KioskShellProps {
  timers?: Timers;
  /** How the page starts afresh; a full reload in the app. */
  reload?: () => void;
}

export function KioskShell({ timers = browserTimers, reload }: KioskShellProps) {
  const { kioskGuest } = useStores();
  const venue = useVenueStore();
  const { t, i18n } = useTranslation('kiosk');
  const venueLanguage = useVenue((s) => s.venue.language);
  const screen = useKioskGuest((s) => s.screen);
  const query = useKioskGuest((s) => s.query);
  const notice = useKioskGuest((s) => s.notice);
  const mode = useKioskMode((s) => s.mode);
  const kioskOnlyWindow = useKioskMode((s) => s.kioskOnlyWindow);
  const modeUnknown = useKioskMode((s) => s.kiosk === null && s.error !== null);
  const idleSeconds = useKioskMode((s) => s.kiosk?.idleSeconds ?? KIOSK_IDLE_SECONDS.default);
  const startFailed = useStatus((s) => s.state === 'error');

  // The guest's language goes too: the reload would bring the venue's back, and without one
  // (tests) this does.
  const forget = useMemo(
    () => () => {
      void venue.getState().resetGuestLanguage();
      forgetGuest(kioskGuest, reload);
    },
    [kioskGuest, reload, venue],
  );
  const outOfOrder = screen.name === 'outOfOrder' || startFailed || modeUnknown;
  // Anything of a guest on screen (or a PIN half typed, or their language) is worth forgetting; an
  // empty start screen in the venue's language is not.
  const holdsSomething =
    !outOfOrder &&
    (screen.name !== 'start' || query !== '' || notice !== null || i18n.language !== venueLanguage);

  useIdleReset(holdsSomething ? idleSeconds * 1000 : null, forget, timers);
  useEffect(() => {
    if (screen.name !== 'result') return;
    const handle = timers.setTimeout(forget, RESULT_SECONDS * 1000);
    return () => timers.clearTimeout(handle);
  }, [screen.name, forget, timers]);

  if (mode === 'desk' && kioskOnlyWindow)
    return (
      <Frame screen="off">
        <KioskOff />
      </Frame>
    );
  if (outOfOrder)
    return (
      <Frame screen="outOfOrder">
        <OutOfOrder timers={timers} reload={reload} />
      </Frame>
    );
  return (
    <Frame screen={screen.name}>
      {screen.name === 'start' && <AttractScreen />}
      {screen.name === 'confirm' && <ConfirmScreen person={screen.person} busy={screen.busy} />}
      {screen.name === 'result' && (
        <ResultScreen person={screen.person} outcome={screen.outcome} onDone={forget} />
      )}
      {screen.name === 'staff' && <StaffExit onCancel={forget} />}
      {screen.name !== 'staff' && (
        <button
          type="button"
          className="kiosk-staff-button"
          onClick={() => kioskGuest.getState().openStaff()}
        >
          {t('staff.button')}
        </button>
      )}
    </Frame>
  );
}

function Frame({ screen, children }: { screen: string; children: React.ReactNode }) {
  return (
    <main className="kiosk" data-kiosk-screen={screen}>
      {children}
    </main>
  );
}

/** Fires `onIdle` after `ms` without a touch, a click or a key anywhere; off when `ms` is null. */
function useIdleReset(ms: number | null, onIdle: () => void, timers: Timers) {
  useEffect(() => {
    if (ms === null) return;
    const idle = createIdleTimer({ ms, onIdle, timers });
    const poke = () => idle.poke();
    const events = ['pointerdown', 'keydown', 'input', 'wheel'] as const;
    for (const e of events) document.addEventListener(e, poke, { capture: true, passive: true });
    idle.poke();
    return () => {
      idle.stop();
      for (const e of events) document.removeEventListener(e, poke, { capture: true });
    };
  }, [ms, onIdle, timers]);
}
