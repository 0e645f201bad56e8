// Renderer (desk, Setup): turns this device into the self-service kiosk. A staff PIN comes first,
// since it is the only way back to the desk; then one button enters kiosk mode.
import { useState, type FormEvent } from 'react';
import { useStores } from '../../app/stores-context';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { TextField } from '../../ui/TextField';
import { useKioskMode } from './use-kiosk';

const PIN_SHAPE = /^\d{4,8}$/;

export function KioskSetupCard() {
  const { kioskMode } = useStores();
  const pinSet = useKioskMode((s) => s.kiosk?.pinSet ?? false);
  const loaded = useKioskMode((s) => s.kiosk !== null);
  const startAtLogin = useKioskMode((s) => s.kiosk?.startAtLogin ?? false);
  const [loginError, setLoginError] = useState<string | null>(null);
  // The box shows the choice at once; the core's answer (or its refusal) then settles it.
  const [loginPending, setLoginPending] = useState<boolean | null>(null);
  const toggleStartAtLogin = async (enabled: boolean) => {
    setLoginError(null);
    setLoginPending(enabled);
    const result = await kioskMode.getState().setStartAtLogin(enabled);
    setLoginPending(null);
    if (!result.ok) setLoginError(result.error.message);
  };
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!pinSet) {
      if (!PIN_SHAPE.test(pin)) return setError('The staff PIN is 4 to 8 digits.');
      if (pin !== again) return setError("The two PINs don't match.");
    }
    setBusy(true);
    if (!pinSet) {
      const set = await kioskMode.getState().setPin(pin);
      if (!set.ok || set.value.outcome !== 'pinSet') {
        setBusy(false);
        return setError(set.ok ? 'The PIN could not be set. Try again.' : set.error.message);
      }
    }
    const entered = await kioskMode.getState().enter();
    setBusy(false);
    setPin('');
    setAgain('');
    if (!entered.ok) setError(entered.error.message);
  };

  return (
    <Card
      className="kiosk-setup"
      title="Self-service kiosk"
      titleId="kiosk-setup-title"
      aria-labelledby="kiosk-setup-title"
      subtitle="Turn this screen into a check-in kiosk for guests. Staff leave it with the PIN."
    >
      <form className="kiosk-setup__form" onSubmit={(e) => void start(e)} noValidate>
        {pinSet ? (
          <p className="kiosk-setup__note">A staff PIN is set: it is the only way back to the desk.</p>
        ) : (
          <>
            <TextField
              label="New staff PIN"
              hint="4 to 8 digits. Staff need it to leave kiosk mode."
              type="password"
              inputMode="numeric"
              autoComplete="new-password"
              maxLength={8}
              value={pin}
              onChange={(e) => setPin(e.target.value)}
            />
            <TextField
              label="Repeat the PIN"
              type="password"
              inputMode="numeric"
              autoComplete="new-password"
              maxLength={8}
              value={again}
              onChange={(e) => setAgain(e.target.value)}
            />
          </>
        )}
        {error && (
          <p className="kiosk-setup__error" role="alert">
            {error}
          </p>
        )}
        <Button type="submit" variant="primary" busy={busy} disabled={!loaded}>
          {pinSet ? 'Start kiosk mode' : 'Set PIN and start kiosk mode'}
        </Button>
      </form>
      <label className="kiosk-setup__login">
        <input
          type="checkbox"
          className="kiosk-setup__login-box"
          checked={loginPending ?? startAtLogin}
          disabled={!loaded || loginPending !== null}
          aria-describedby="kiosk-setup-login-hint"
          onChange={(e) => void toggleStartAtLogin(e.target.checked)}
        />
        <span className="kiosk-setup__login-label">Open Frontdesk when this computer starts</span>
      </label>
      <p id="kiosk-setup-login-hint" className="kiosk-setup__note">
        In the desktop app. It opens the way it was left: a kiosk comes back as a kiosk.
      </p>
      {loginError && (
        <p className="kiosk-setup__error" role="alert">
          {loginError}
        </p>
      )}
    </Card>
  );
}
