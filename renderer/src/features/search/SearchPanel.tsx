// Renderer: the big "Find a customer" box and its results, navigable with the arrow keys.
import { useRef, useState, type KeyboardEvent } from 'react';
import { useSearch, useStores } from '../../app/stores-context';
import { CloseIcon, SearchIcon } from '../../ui/icons';
import { SearchResults } from './SearchResults';
import { INPUT_LIMITS } from '../../lib/input-limits';

export function SearchPanel() {
  const { search } = useStores();
  const query = useSearch((s) => s.query);
  const results = useSearch((s) => s.results);
  const cards = useRef<(HTMLElement | null)[]>([]);
  const ownInput = useRef<HTMLInputElement>(null);
  const [active, setActive] = useState(0);

  const focusCard = (index: number) => {
    const target = Math.max(0, Math.min(index, results.length - 1));
    setActive(target);
    cards.current[target]?.focus();
    cards.current[target]?.scrollIntoView({ block: 'nearest' });
  };

  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && results.length > 0) {
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
    };
    const move = moves[event.key];
    if (!move || event.target !== event.currentTarget) return;
    event.preventDefault();
    move();
  };

  return (
    <section className="search-panel" aria-labelledby="search-label">
      <label id="search-label" htmlFor="customer-search" className="search-panel__label">
        Find a customer
      </label>
      <div className="search-box">
        <SearchIcon size={24} className="search-box__icon" />
        <input
          ref={ownInput}
          id="customer-search"
          className="search-box__input"
          type="search"
          maxLength={INPUT_LIMITS.searchQuery}
          placeholder="Name, e-mail, phone or booking number"
          autoComplete="off"
          spellCheck={false}
          autoFocus
          value={query}
          aria-describedby="search-hint"
          onChange={(e) => {
            setActive(0);
            search.getState().setQuery(e.target.value);
          }}
          onKeyDown={onInputKey}
        />
        {query && (
          <button
            type="button"
            className="search-box__clear"
            aria-label="Clear search"
            onClick={() => {
              search.getState().clear();
              ownInput.current?.focus();
            }}
          >
            <CloseIcon size={20} />
          </button>
        )}
      </div>
      <p id="search-hint" className="search-panel__hint">
        {results.length > 0
          ? 'Press ↓ to move through the results, Esc to go back.'
          : 'Press / to search from anywhere.'}
      </p>
      <SearchResults
        active={Math.min(active, Math.max(results.length - 1, 0))}
        onActivate={setActive}
        cardRef={(index) => (el) => {
          cards.current[index] = el;
        }}
        onCardKey={onCardKey}
      />
    </section>
  );
}
