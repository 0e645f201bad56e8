// Renderer: the results region in each of its states — empty, searching, nothing found, failed, found.
import type { KeyboardEvent, ReactNode } from 'react';
import { useResmarkCheckIn, useSearch, useStores } from '../../app/stores-context';
import { formatNumber } from '../../lib/format';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Spinner } from '../../ui/Spinner';
import { ErrorIcon, SearchIcon, UserIcon } from '../../ui/icons';
import { CustomerCard } from './CustomerCard';
import type { SearchPhase } from './search-store';
import type { CustomerHit } from '../../../../shared/domain/cache';

const DATA_STATE: Record<SearchPhase, 'loading' | 'ready' | 'error'> = {
  idle: 'ready',
  short: 'ready',
  loading: 'loading',
  ready: 'ready',
  error: 'error',
};

export interface SearchResultsProps {
  active: number;
  onActivate: (index: number) => void;
  cardRef: (index: number) => (el: HTMLElement | null) => void;
  onCardKey: (index: number) => (event: KeyboardEvent<HTMLElement>) => void;
  /** The customer whose check-in is open, if any. */
  openId: string | null;
  onOpen: (hit: CustomerHit) => void;
  onCheckedIn: () => void;
  /** Shown in place of the results: the customer a scan opened. */
  scanned?: ReactNode;
}

export function SearchResults(props: SearchResultsProps) {
  const phase = useSearch((s) => s.phase);
  return (
    <div
      className="search-results"
      role="region"
      aria-label="Search results"
      data-state={DATA_STATE[phase]}
      data-phase={phase}
      aria-busy={phase === 'loading'}
    >
      {props.scanned ?? <ResultsBody {...props} />}
    </div>
  );
}

function ResultsBody({
  active,
  onActivate,
  cardRef,
  onCardKey,
  openId,
  onOpen,
  onCheckedIn,
}: SearchResultsProps) {
  const { search } = useStores();
  const phase = useSearch((s) => s.phase);
  const results = useSearch((s) => s.results);
  const resultsFor = useSearch((s) => s.resultsFor);
  const error = useSearch((s) => s.error);
  const limit = useSearch((s) => s.limit);
  const openOrderId = useResmarkCheckIn((s) => s.orderId);

  if (phase === 'idle') {
    return (
      <EmptyState icon={<SearchIcon size={32} />} title="Search by name, e-mail, phone or booking number">
        Results come from this device's saved data, so search works offline too.
      </EmptyState>
    );
  }
  if (phase === 'short') {
    return (
      <EmptyState icon={<SearchIcon size={32} />} title="Type at least 2 letters or digits">
        One letter matches too many people. Add the next letter, or type part of their e-mail, phone or
        booking number.
      </EmptyState>
    );
  }
  if (phase === 'error') {
    return (
      <EmptyState
        tone="danger"
        icon={<ErrorIcon size={32} />}
        title="Search isn't working right now"
        action={<Button onClick={() => search.getState().refresh()}>Try again</Button>}
      >
        {error?.message}
      </EmptyState>
    );
  }
  if (phase === 'loading' && results.length === 0) {
    return (
      <div className="search-results__loading">
        <p className="search-results__count">
          <Spinner size={16} /> Searching…
        </p>
        {[0, 1].map((i) => (
          <div key={i} className="hit hit--skeleton" aria-hidden="true">
            <span className="skeleton skeleton--avatar" />
            <div className="hit__main">
              <span className="skeleton skeleton--name" />
              <span className="skeleton skeleton--line" />
              <span className="skeleton skeleton--block" />
            </div>
          </div>
        ))}
      </div>
    );
  }
  if (results.length === 0) {
    return (
      <EmptyState icon={<UserIcon size={32} />} title={`No customers match “${resultsFor}”`}>
        Check the spelling, or try their e-mail, phone number or booking number.
      </EmptyState>
    );
  }
  return (
    <>
      <p className="search-results__count" role="status">
        {results.length >= limit
          ? `First ${formatNumber(results.length)} matches for “${resultsFor}” — type more to narrow it down`
          : `${results.length === 1 ? '1 result' : `${formatNumber(results.length)} results`} for “${resultsFor}”`}
        {phase === 'loading' && <Spinner size={16} />}
      </p>
      <ul className="search-results__list" aria-label="Customers found">
        {results.map((hit, index) => (
          <li key={`${hit.kind}:${hit.id}`}>
            <CustomerCard
              ref={cardRef(index)}
              hit={hit}
              query={resultsFor}
              active={index === active}
              onFocus={() => onActivate(index)}
              onKeyDown={onCardKey(index)}
              open={hit.id === (hit.kind === 'customer' ? openId : openOrderId)}
              onOpen={() => onOpen(hit)}
              onCheckedIn={onCheckedIn}
            />
          </li>
        ))}
      </ul>
    </>
  );
}
