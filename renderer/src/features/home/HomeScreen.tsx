// Renderer: the front desk's home — the status area on top, search on the left, today's sessions on the right.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusArea } from '../status/StatusArea';
import { SearchPanel } from '../search/SearchPanel';
import { SessionsPanel } from '../sessions/SessionsPanel';
import { StaleQueueBanner } from '../outbox/StaleQueueBanner';
import { NewSaleButton } from '../sell/SellEntry';

export function HomeScreen() {
  useSlashToSearch();
  const { t } = useTranslation('home');
  return (
    <div className="home">
      {/* The screen's name for screen readers and axe; the header already shows "Frontdesk". */}
      <h1 className="visually-hidden">{t('title')}</h1>
      <StatusArea where="home" />
      <StaleQueueBanner />
      <NewSaleButton />
      <div className="home__grid">
        <SearchPanel />
        <SessionsPanel />
      </div>
    </div>
  );
}

/** "/" jumps to the search box from anywhere on Home, as in most search-first tools. */
function useSlashToSearch() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
      event.preventDefault();
      document.getElementById('customer-search')?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
