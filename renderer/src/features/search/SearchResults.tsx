// Renderer: the results region in each of its states — empty, searching, nothing found, failed, found.
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useResmarkCheckIn, useSearch, useStores } from '../../app/stores-context';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Spinner } from '../../ui/Spinner';
import { ErrorIcon, SearchIcon, UserIcon } from '../../ui/icons';
import { CustomerCard } from './CustomerCard';
import type { SearchPhase } from './search-store';
import type { CustomerHit } from '../../../../shared/domain/cache';
import { useErrorText } from '../../i18n/error-text';

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
  const { t } = useTranslation('search');
  return (
    <div
      className="search-results"
      role="region"
      aria-label={t('results.region')}
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
  const { t } = useTranslation('search');
  const errorText = useErrorText();

  if (phase === 'idle') {
    return (
      <EmptyState icon={<SearchIcon size={32} />} title={t('results.idleTitle')}>
        {t('results.idleBody')}
      </EmptyState>
    );
  }
  if (phase === 'short') {
    return (
      <EmptyState icon={<SearchIcon size={32} />} title={t('results.shortTitle')}>
        {t('results.shortBody')}
      </EmptyState>
    );
  }
  if (phase === 'error') {
    return (
      <EmptyState
        tone="danger"
        icon={<ErrorIcon size={32} />}
        title={t('results.errorTitle')}
        action={<Button onClick={() => search.getState().refresh()}>{t('results.tryAgain')}</Button>}
      >
        {error && errorText(error)}
      </EmptyState>
    );
  }
  if (phase === 'loading' && results.length === 0) {
    return (
      <div className="search-results__loading">
        <p className="search-results__count">
          <Spinner size={16} /> {t('results.searching')}
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
      <EmptyState icon={<UserIcon size={32} />} title={t('results.noneTitle', { query: resultsFor })}>
        {t('results.noneBody')}
      </EmptyState>
    );
  }
  return (
    <>
      <p className="search-results__count" role="status">
        {results.length >= limit
          ? t('results.first', { count: results.length, query: resultsFor })
          : t('results.count', { count: results.length, query: resultsFor })}
        {phase === 'loading' && <Spinner size={16} />}
      </p>
      <ul className="search-results__list" aria-label={t('results.list')}>
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
