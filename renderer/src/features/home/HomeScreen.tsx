// Renderer: the front desk's home — desk-wide messages on top, search on the left, today's sessions on the right.
import { useEffect } from 'react';
import { FlashBanner, OfflineBanner, SecretWarningBanner } from '../status/StatusBanners';
import { SyncBanners } from '../sync/SyncBanners';
import { SearchPanel } from '../search/SearchPanel';
import { SessionsPanel } from '../sessions/SessionsPanel';

export function HomeScreen() {
  useSlashToSearch();
  return (
    <div className="home">
      <div className="banners">
        <FlashBanner />
        <OfflineBanner />
        <SyncBanners />
        <SecretWarningBanner />
      </div>
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
