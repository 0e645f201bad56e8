// Renderer: the entry point — reads the bridge once, creates and wires the stores, and mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import './styles/tokens.css';
import './styles/base.css';
import './ui/ui.css';
import './app/app.css';
import './features/home/home.css';
import './features/setup/setup.css';
import './features/checkin/checkin.css';
import './features/kiosk/kiosk.css';
import './features/search/camera-scan.css';
import './features/outbox/outbox.css';
import './features/sell/sell.css';
import './features/sell/reservie/reservie-sale.css';
import './features/summary/summary.css';
import { App } from './app/App';
import { MissingBridge } from './app/MissingBridge';
import { createStores, readBridge } from './app/stores';
import { StoresContext } from './app/stores-context';
import { wireStores } from './app/wire-stores';
import { createI18n } from './i18n/i18n';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

const api = readBridge();
const root = createRoot(container);
const i18n = createI18n();
if (!api) {
  root.render(
    <I18nextProvider i18n={i18n}>
      <MissingBridge />
    </I18nextProvider>,
  );
} else {
  const stores = createStores(api);
  // The stores live as long as the page, so their subscriptions are never undone.
  wireStores(stores, api);
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <StoresContext.Provider value={stores}>
          <App />
        </StoresContext.Provider>
      </I18nextProvider>
    </StrictMode>,
  );
}
