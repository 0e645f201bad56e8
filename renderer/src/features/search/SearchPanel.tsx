// Renderer: the big "Find a customer" box and its results, navigable with the arrow keys; Enter
// opens the highlighted customer's check-in, and a scan (barcode scanner or camera) of a customer's
// or a pass's id opens them at once.
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheckIn, useSearch, useStores } from '../../app/stores-context';
import type { CustomerHit } from '../../../../shared/domain/cache';
import { CloseIcon, SearchIcon } from '../../ui/icons';
import { SearchResults } from './SearchResults';
import { ScannedCustomer } from './ScannedCustomer';
import { CameraScanButton } from './CameraScan';
import { createScanDetector } from './scan-detector';
import { CHECK_IN_BUTTON_ID } from '../checkin/CheckInPanel';
import { RESMARK_CHECK_IN_BUTTON_ID } from '../checkin/ResmarkCheckInPanel';
import { INPUT_LIMITS } from '../../lib/input-limits';

/** The scan detector's clock: key gaps are measured on the monotonic clock, not the wall clock. */
const monotonicNow = () => performance.now();

export function SearchPanel() {
  const { search, checkin, resmarkCheckin } = useStores();
  const { t } = useTranslation('search');
  const query = useSearch((s) => s.query);
  const results = useSearch((s) => s.results);
  // Enter acts on results that answer what is typed, not on the last query's while the next loads.
  const settled = useSearch((s) => s.phase === 'ready');
  const openId = useCheckIn((s) => s.customerId);
  const scanned = useCheckIn((s) => s.scanned);
  const cards = useRef<(HTMLElement | null)[]>([]);
  const ownInput = useRef<HTMLInputElement>(null);
  const [detector] = useState(() => createScanDetector({ now: monotonicNow }));
  const [active, setActive] = useState(0);
  const shownActive = Math.min(active, Math.max(results.length - 1, 0));

  const focusCard = (index: number) => {
    const target = Math.max(0, Math.min(index, results.length - 1));
    setActive(target);
    cards.current[target]?.focus();
    cards.current[target]?.scrollIntoView({ block: 'nearest' });
  };

  const focusSearch = () => {
    ownInput.current?.focus();
    ownInput.current?.select();
  };

  const openCustomer = async (hit: CustomerHit | undefined) => {
    if (!hit) return;
    if (hit.kind === 'order') {
      checkin.getState().close();
      await resmarkCheckin.getState().open(hit.id);
      document.getElementById(RESMARK_CHECK_IN_BUTTON_ID)?.focus();
      return;
    }
    resmarkCheckin.getState().close();
    await checkin.getState().open(hit.id);
    document.getElementById(CHECK_IN_BUTTON_ID)?.focus();
  };

  /** Every scan, from the barcode scanner or the camera, goes this one way. */
  const onScan = async (code: string) => {
    search.getState().clear();
    if (await checkin.getState().openScanned(code)) return;
    // Not a customer id: a confirmation number or anything else the search knows finds them, and
    // a tour booking's confirmation number opens its check-in at once (its card comes first).
    search.getState().setQuery(code);
    if (!(await resmarkCheckin.getState().open(code))) resmarkCheckin.getState().close();
  };

  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    const code = detector.key(event.key, event.timeStamp);
    if (code !== null) {
      event.preventDefault();
      void onScan(code);
    } else if (event.key === 'Enter' && settled && results.length > 0) {
      event.preventDefault();
      void openCustomer(results[shownActive]);
    } else if (event.key === 'ArrowDown' && results.length > 0) {
      event.preventDefault();
      focusCard(0);
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      search.getState().clear();
    }
  };

  const onCardKey = (index: number) => (event: KeyboardEvent<HTMLElement>) => {
    const moves: Record<string, () => void> = {
      ArrowDown: () => focusCard(index + 1),
      ArrowUp: () => (index === 0 ? ownInput.current?.focus() : focusCard(index - 1)),
      Home: () => focusCard(0),
      End: () => focusCard(results.length - 1),
      Escape: () => ownInput.current?.focus(),
      Enter: () => void openCustomer(results[index]),
    };
    const move = moves[event.key];
    if (!move || event.target !== event.currentTarget) return;
    event.preventDefault();
    move();
  };

  return (
    <section className="search-panel" aria-labelledby="search-label">
      <label id="search-label" htmlFor="customer-search" className="search-panel__label">
        {t('panel.label')}
      </label>
      <div className="search-box">
        <SearchIcon size={24} className="search-box__icon" />
        <input
          ref={ownInput}
          id="customer-search"
          className="search-box__input"
          type="search"
          maxLength={INPUT_LIMITS.searchQuery}
          placeholder={t('panel.placeholder')}
          autoComplete="off"
          spellCheck={false}
          autoFocus
          value={query}
          aria-describedby="search-hint"
          onChange={(e) => {
            setActive(0);
            if (checkin.getState().scanned) checkin.getState().close();
            search.getState().setQuery(e.target.value);
          }}
          onKeyDown={onInputKey}
        />
        {query && (
          <button
            type="button"
            className="search-box__clear"
            aria-label={t('panel.clear')}
            onClick={() => {
              search.getState().clear();
              ownInput.current?.focus();
            }}
          >
            <CloseIcon size={20} />
          </button>
        )}
      </div>
      <CameraScanButton
        onCode={(code) => {
          ownInput.current?.focus();
          void onScan(code);
        }}
      />
      <p id="search-hint" className="search-panel__hint">
        {results.length > 0 ? t('panel.hintResults') : t('panel.hintIdle')}
      </p>
      <SearchResults
        active={shownActive}
        onActivate={setActive}
        cardRef={(index) => (el) => {
          cards.current[index] = el;
        }}
        onCardKey={onCardKey}
        openId={scanned ? null : openId}
        onOpen={(hit) => void openCustomer(hit)}
        onCheckedIn={focusSearch}
        scanned={
          scanned && openId ? <ScannedCustomer onCheckedIn={focusSearch} onClose={focusSearch} /> : undefined
        }
      />
    </section>
  );
}
