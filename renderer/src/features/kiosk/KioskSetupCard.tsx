// Renderer (desk, Setup): turns this device into the self-service kiosk. A staff PIN comes first,
// since it is the only way back to the desk; then one button enters kiosk mode.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStores } from '../../app/stores-context';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { TextField } from '../../ui/TextField';
import { useKioskMode } from './use-kiosk';
import { useErrorText } from '../../i18n/error-text';

const PIN_SHAPE = /^\d{4,8}$/;

export function KioskSetupCard() {
  const { kioskMode } = useStores();
  const { t } = useTranslation('kiosk');
  const errorText = useErrorText();
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
    if (!result.ok) setLoginError(errorText(result.error));
  };
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!pinSet) {
      if (!PIN_SHAPE.test(pin)) return setError(t('setup.pinShape'));
      if (pin !== again) return setError(t('setup.pinsDiffer'));
    }
    setBusy(true);
    if (!pinSet) {
      const set = await kioskMode.getState().setPin(pin);
      if (!set.ok || set.value.outcome !== 'pinSet') {
        setBusy(false);
        return setError(set.ok ? t('setup.pinNotSet') : errorText(set.error));
      }
    }
    const entered = await kioskMode.getState().enter();
    setBusy(false);
    setPin('');
    setAgain('');
    if (!entered.ok) setError(errorText(entered.error));
  };

  return (
    <Card
      className="kiosk-setup"
      title={t('setup.title')}
      titleId="kiosk-setup-title"
      aria-labelledby="kiosk-setup-title"
      subtitle={t('setup.subtitle')}
    >
      <form className="kiosk-setup__form" onSubmit={(e) => void start(e)} noValidate>
        {pinSet ? (
          <p className="kiosk-setup__note">{t('setup.pinIsSet')}</p>
        ) : (
          <>
            <TextField
              label={t('setup.newPin')}
              hint={t('setup.newPinHint')}
              type="password"
              inputMode="numeric"
              autoComplete="new-password"
              maxLength={8}
              value={pin}
              onChange={(e) => setPin(e.target.value)}
            />
            <TextField
              label={t('setup.repeatPin')}
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
          {pinSet ? t('setup.start') : t('setup.setAndStart')}
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
        <span className="kiosk-setup__login-label">{t('setup.startAtLogin')}</span>
      </label>
      <p id="kiosk-setup-login-hint" className="kiosk-setup__note">
        {t('setup.startAtLoginHint')}
      </p>
      {loginError && (
        <p className="kiosk-setup__error" role="alert">
          {loginError}
        </p>
      )}
    </Card>
  );
}
