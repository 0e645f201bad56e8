// Renderer: staff leave kiosk mode with their PIN. Big labelled digit buttons and the keyboard both
// work; a wrong PIN says how many tries are left, a locked PIN says when it opens. The PIN lives
// only in this component's state and in the one `kiosk:exit` call: the core checks it.
import { useState, type FormEvent } from 'react';
import { useStores } from '../../app/stores-context';
import { Button } from '../../ui/Button';

const MAX_PIN = 8;
const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

export function StaffExit({ onCancel }: { onCancel: () => void }) {
  const { kioskMode } = useStores();
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
    if (!result.ok) return setMessage(result.error.message);
    const r = result.value;
    if (r.outcome === 'exited') return;
    if (r.outcome === 'wrongPin')
      return setMessage(
        `Wrong PIN. ${r.triesLeft} ${r.triesLeft === 1 ? 'try' : 'tries'} left before it locks.`,
      );
    setMessage(`Too many wrong tries. The PIN is locked until ${timeOf(r.retryAt)}.`);
  };

  return (
    <section className="kiosk-screen kiosk-staff" aria-labelledby="kiosk-title">
      <h1 id="kiosk-title" className="kiosk-title kiosk-title--small">
        Staff: enter the PIN to leave kiosk mode
      </h1>
      <form className="kiosk-pin" onSubmit={(e) => void submit(e)}>
        <label className="kiosk-pin__label" htmlFor="kiosk-pin">
          Staff PIN
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
        <div className="kiosk-pad" role="group" aria-label="PIN digits">
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
            Delete
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
            Leave kiosk mode
          </Button>
          <Button size="lg" className="kiosk-button" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </form>
    </section>
  );
}

function timeOf(iso: string): string {
  const at = new Date(iso);
  const sameDay = at.toDateString() === new Date().toDateString();
  const time = at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return sameDay
    ? time
    : `${at.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' })} ${time}`;
}
