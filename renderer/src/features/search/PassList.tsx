// Renderer: a customer's passes — name, uses left, expiry and a status pill (active / used up / expired).
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CustomerPassSummary } from '../../../../shared/domain/cache';
import { formatDate } from '../../lib/format';
import { Badge, type Tone } from '../../ui/Badge';

type StatusKey = 'active' | 'usedUp' | 'expired';
const STATUS: Record<string, { key: StatusKey; tone: Tone }> = {
  active: { key: 'active', tone: 'success' },
  exhausted: { key: 'usedUp', tone: 'neutral' },
  used: { key: 'usedUp', tone: 'neutral' },
  expired: { key: 'expired', tone: 'danger' },
};

function statusOf(pass: CustomerPassSummary, t: TFunction<'search'>) {
  const known = STATUS[pass.status.toLowerCase()];
  // The cache passes the back end's word through; anything new is shown as-is rather than guessed at.
  return known
    ? { text: t(`passes.${known.key}`), tone: known.tone }
    : { text: pass.status, tone: 'neutral' as Tone };
}

export function PassList({ passes }: { passes: CustomerPassSummary[] }) {
  const { t } = useTranslation('search');
  if (passes.length === 0) return <p className="passes__none">{t('passes.none')}</p>;
  return (
    <ul className="passes" aria-label={t('passes.label')}>
      {passes.map((pass) => {
        const status = statusOf(pass, t);
        const expiry = (date: string) =>
          pass.status === 'expired' ? t('passes.expiredOn', { date }) : t('passes.expires', { date });
        return (
          <li key={pass.id} className={`pass pass--${pass.status.toLowerCase()}`}>
            <span className="pass__what">
              <span className="pass__name">{pass.passName}</span>
              <span className="pass__expiry">
                {pass.expiryDate ? expiry(formatDate(pass.expiryDate)) : t('passes.noExpiry')}
              </span>
            </span>
            <span className="pass__uses">
              <span className="pass__count num">{pass.remainingUses}</span>
              <span className="pass__unit">{t('passes.usesLeft', { count: pass.remainingUses })}</span>
            </span>
            <Badge tone={status.tone} size="sm" dot>
              {status.text}
            </Badge>
          </li>
        );
      })}
    </ul>
  );
}
