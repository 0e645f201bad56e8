// Renderer: switching the desk to the built-in sample data (only when no live back end is connected).
import { useState } from 'react';
import { useStatus, useStores } from '../../app/stores-context';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';

export function DemoPanel({ onSwitched }: { onSwitched: () => void }) {
  const { status: store, ui } = useStores();
  const mode = useStatus((s) => s.status?.mode);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const switchToDemo = async () => {
    setBusy(true);
    setError(null);
    const result = await store.getState().switchToDemo();
    setBusy(false);
    if (result.ok) onSwitched();
    else setError(result.error.message);
  };

  return (
    <div className="demo-panel">
      <p className="demo-panel__lead">
        Demo mode runs Frontdesk against built-in copies of Reservie and Resmark, filled with sample
        customers, passes, classes and tours.
      </p>
      <ul className="demo-panel__points">
        <li>Nothing is sent to a real booking system, and no account is needed.</li>
        <li>Everything works as it will at your desk: search, today's sessions, syncing.</li>
        <li>Connect your own booking system whenever you're ready; demo data is kept apart from it.</li>
      </ul>
      {error && <Banner tone="danger" urgent title={error} />}
      <div className="credentials__actions">
        {mode === 'demo' ? (
          <>
            <Button variant="primary" size="lg" onClick={() => ui.getState().openHome()}>
              Back to front desk
            </Button>
            <p className="credentials__note">Demo data is in use now.</p>
          </>
        ) : (
          <Button variant="primary" size="lg" busy={busy} onClick={() => void switchToDemo()}>
            {busy ? 'Switching…' : 'Use demo data'}
          </Button>
        )}
      </div>
    </div>
  );
}
