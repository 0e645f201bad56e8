// Renderer: a customer's passes — name, uses left, expiry and a status pill (active / used up / expired).
import type { CustomerPassSummary } from '../../../../shared/domain/cache';
import { formatDate } from '../../lib/format';
import { Badge, type Tone } from '../../ui/Badge';

const STATUS: Record<string, { text: string; tone: Tone }> = {
  active: { text: 'Active', tone: 'success' },
  exhausted: { text: 'Used up', tone: 'neutral' },
  used: { text: 'Used up', tone: 'neutral' },
  expired: { text: 'Expired', tone: 'danger' },
};

function statusOf(pass: CustomerPassSummary) {
  // The cache passes the back end's word through; anything new is shown as-is rather than guessed at.
  return STATUS[pass.status.toLowerCase()] ?? { text: pass.status, tone: 'neutral' as Tone };
}

export function PassList({ passes }: { passes: CustomerPassSummary[] }) {
  if (passes.length === 0) return <p className="passes__none">No passes</p>;
  return (
    <ul className="passes" aria-label="Passes">
      {passes.map((pass) => {
        const status = statusOf(pass);
        const expiryLabel = pass.status === 'expired' ? 'Expired' : 'Expires';
        return (
          <li key={pass.id} className={`pass pass--${pass.status.toLowerCase()}`}>
            <span className="pass__what">
              <span className="pass__name">{pass.passName}</span>
              <span className="pass__expiry">
                {pass.expiryDate ? `${expiryLabel} ${formatDate(pass.expiryDate)}` : 'No expiry'}
              </span>
            </span>
            <span className="pass__uses">
              <span className="pass__count num">{pass.remainingUses}</span>
              <span className="pass__unit">{pass.remainingUses === 1 ? 'use left' : 'uses left'}</span>
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
