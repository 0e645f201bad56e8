// Renderer: All / Classes / Tours toggle for today's sessions, with how many each holds.
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../../shared/domain/cache';

export type SourceFilterValue = 'all' | SessionSummary['source'];

export function SourceFilter({
  value,
  sessions,
  onChange,
}: {
  value: SourceFilterValue;
  sessions: SessionSummary[];
  onChange: (value: SourceFilterValue) => void;
}) {
  const { t } = useTranslation('sessions');
  const options: { value: SourceFilterValue; label: string; count: number }[] = [
    { value: 'all', label: t('source.all'), count: sessions.length },
    ...(['reservie', 'resmark'] as const).map((source) => ({
      value: source,
      label: t(`source.${source}`),
      count: sessions.filter((s) => s.source === source).length,
    })),
  ];
  return (
    <div className="source-filter" role="group" aria-label={t('source.groupLabel')}>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          className="source-filter__option"
          aria-pressed={value === o.value}
          onClick={() => onChange(o.value)}
        >
          {o.label}
          <span className="source-filter__count num">{o.count}</span>
        </button>
      ))}
    </div>
  );
}
