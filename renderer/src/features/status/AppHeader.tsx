// Renderer: the header — product name, which account the desk uses, demo badge with its way out, Settings.
import { useStatus, useStores, useUi } from '../../app/stores-context';
import { BACKEND_LABEL } from '../../lib/backends';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { PlugIcon, SettingsIcon, SparkleIcon } from '../../ui/icons';
import { activeBackends } from './status-store';

export function AppHeader() {
  const { ui } = useStores();
  const status = useStatus((s) => s.status);
  const view = useUi((s) => s.view);
  const demo = status?.mode === 'demo';
  const accounts = status?.mode === 'live' ? activeBackends(status) : [];

  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand__mark" aria-hidden="true">
          F
        </span>
        <div className="brand__text">
          <span className="brand__name">Frontdesk</span>
          {accounts.length > 0 && (
            <span className="brand__account">
              {accounts
                .map((b) => `${BACKEND_LABEL[b.backend].kind}: ${b.account ?? 'signed in'}`)
                .join(' · ')}
            </span>
          )}
        </div>
      </div>

      {demo && (
        <div className="demo-callout">
          <Badge tone="demo" size="lg" icon={<SparkleIcon size={16} />}>
            Demo data
          </Badge>
          <span className="demo-callout__text">Sample customers and sessions. Nothing is sent anywhere.</span>
          {view !== 'setup' && (
            <Button
              variant="demo"
              icon={<PlugIcon size={18} />}
              onClick={() => ui.getState().openSetup('reservie')}
            >
              Connect your booking system
            </Button>
          )}
        </div>
      )}

      <div className="app-header__end">
        {status && view !== 'setup' && (
          <Button variant="ghost" icon={<SettingsIcon size={20} />} onClick={() => ui.getState().openSetup()}>
            Settings
          </Button>
        )}
      </div>
    </header>
  );
}
