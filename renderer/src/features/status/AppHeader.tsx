// Renderer: the header — product name, demo badge with its way out, Settings. It holds from a
// 768 px tablet to a 1080 px portrait kiosk: the demo sentence shows only where there is room, and
// the connect button shortens its visible words (its accessible name stays whole).
import { Trans, useTranslation } from 'react-i18next';
import { useStatus, useStores, useUi } from '../../app/stores-context';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { PlugIcon, SettingsIcon, SparkleIcon } from '../../ui/icons';
import { ContrastToggle } from '../display/ContrastToggle';

export function AppHeader() {
  const { t } = useTranslation('status');
  const { ui, contrast } = useStores();
  const status = useStatus((s) => s.status);
  const view = useUi((s) => s.view);
  const demo = status?.mode === 'demo';

  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand__mark" aria-hidden="true">
          F
        </span>
        <span className="brand__name">Frontdesk</span>
      </div>

      {demo && (
        <div className="demo-callout">
          <Badge tone="demo" size="lg" icon={<SparkleIcon size={16} />}>
            {t('header.demoBadge')}
          </Badge>
          <span className="demo-callout__text">{t('header.demoText')}</span>
          {view !== 'setup' && (
            <Button
              variant="demo"
              className="demo-callout__connect"
              icon={<PlugIcon size={18} />}
              aria-label={t('header.connectLabel')}
              onClick={() => ui.getState().openSetup('reservie')}
            >
              <Trans
                t={t}
                i18nKey="header.connect"
                components={{ more: <span className="demo-callout__connect-more" /> }}
              />
            </Button>
          )}
        </div>
      )}

      <div className="app-header__end">
        <ContrastToggle store={contrast} />
        {status && view !== 'setup' && (
          <Button variant="ghost" icon={<SettingsIcon size={20} />} onClick={() => ui.getState().openSetup()}>
            {t('header.settings')}
          </Button>
        )}
      </div>
    </header>
  );
}
