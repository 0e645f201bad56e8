// Renderer: staff leave kiosk mode with their PIN. Big labelled digit buttons and the keyboard both
// work; a wrong PIN says how many tries are left, a locked PIN says when it opens. The PIN lives
// only in this component's state and in the one `kiosk:exit` call: the core checks it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStores } from '../../app/stores-context';
import { Button } from '../../ui/Button';
import { formatDateTime, formatTime, venueDay } from '../../lib/format';
import { useErrorText } from '../../i18n/error-text';

const MAX_PIN = 8;
const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

export function StaffExit({ onCancel }: { onCancel: () => void }) {
  const { kioskMode } = useStores();
  const { t } = useTranslation('kiosk');
  const errorText = useErrorText();
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const type = (digit: string) => setPin((p) => (p.length < MAX_PIN ? p + digit : p));

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy || pin === '') return;
    setBusy(true);
    const result = await kioskMode.getState().exit(pin);
    setBusy(false);
    setPin('');
    if (!result.ok) return setMessage(errorText(result.error));
    const r = result.value;
    if (r.outcome === 'exited') return;
    if (r.outcome === 'wrongPin') return setMessage(t('staff.wrongPin', { count: r.triesLeft }));
    setMessage(t('staff.locked', { time: timeOf(r.retryAt) }));
  };

  return (
    <section className="kiosk-screen kiosk-staff" aria-labelledby="kiosk-title">
      <h1 id="kiosk-title" className="kiosk-title kiosk-title--small">
        {t('staff.title')}
      </h1>
      <form className="kiosk-pin" onSubmit={(e) => void submit(e)}>
        <label className="kiosk-pin__label" htmlFor="kiosk-pin">
          {t('staff.pinLabel')}
        </label>
        <input
          id="kiosk-pin"
          className="kiosk-pin__field"
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={MAX_PIN}
          autoFocus
          value={pin}
          aria-describedby="kiosk-pin-message"
          onChange={(e) => setPin(e.target.value.replace(/\D/g, '').slice(0, MAX_PIN))}
        />
        <p id="kiosk-pin-message" className="kiosk-message" role="alert">
          {message}
        </p>
        <div className="kiosk-pad" role="group" aria-label={t('staff.digits')}>
          {DIGITS.map((d) => (
            <button key={d} type="button" className="kiosk-pad__key" onClick={() => type(d)}>
              {d}
            </button>
          ))}
          <button
            type="button"
            className="kiosk-pad__key kiosk-pad__key--wide"
            onClick={() => setPin((p) => p.slice(0, -1))}
          >
            {t('staff.delete')}
          </button>
        </div>
        <div className="kiosk-actions">
          <Button
            type="submit"
            variant="primary"
            size="lg"
            className="kiosk-button"
            busy={busy}
            disabled={pin === ''}
          >
            {t('staff.leave')}
          </Button>
          <Button size="lg" className="kiosk-button" onClick={onCancel}>
            {t('staff.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** The venue's clock time, with the date when the lock lasts past today's (a venue-day question). */
function timeOf(iso: string): string {
  return venueDay(iso) === venueDay(new Date().toISOString()) ? formatTime(iso) : formatDateTime(iso);
}
