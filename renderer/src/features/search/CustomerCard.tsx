// Renderer: one search result — who they are, how to reach them, their booking and their passes.
import { useId, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerHit } from '../../../../shared/domain/cache';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { CheckInPanel } from '../checkin/CheckInPanel';
import { ResmarkCheckInPanel } from '../checkin/ResmarkCheckInPanel';
import { MailIcon, PhoneIcon, TicketIcon } from '../../ui/icons';
import { Highlight } from './Highlight';
import { PassList } from './PassList';

export interface CustomerCardProps {
  hit: CustomerHit;
  query: string;
  /** Roving focus: only the active card is in the Tab order; arrow keys move between cards. */
  active: boolean;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onFocus: () => void;
  /** Whether this customer's check-in is open below their details. */
  open: boolean;
  /** Opens check-in for this customer, or for everyone on this tour booking. */
  onOpen: () => void;
  /** Where focus goes after a check-in. */
  onCheckedIn: () => void;
  ref?: Ref<HTMLElement>;
}

export function CustomerCard({
  hit,
  query,
  active,
  onKeyDown,
  onFocus,
  open,
  onOpen,
  onCheckedIn,
  ref,
}: CustomerCardProps) {
  const nameId = useId();
  const { t } = useTranslation('search');
  return (
    <article
      ref={ref}
      className="hit"
      tabIndex={active ? 0 : -1}
      aria-labelledby={nameId}
      data-kind={hit.kind}
      data-open={open || undefined}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <span className="hit__avatar" aria-hidden="true" data-hue={hueOf(hit.name)}>
        {initials(hit.name)}
      </span>
      <div className="hit__main">
        <div className="hit__title">
          <h3 className="hit__name" id={nameId}>
            <Highlight text={hit.name} query={query} />
          </h3>
          <Badge tone={hit.kind === 'order' ? 'info' : 'neutral'} size="sm">
            {hit.kind === 'order' ? t('card.tourBooking') : t('card.customer')}
          </Badge>
        </div>
        <ul className="hit__contact">
          {hit.confirmation && (
            <li className="hit__booking">
              <TicketIcon size={18} />
              <span>
                {t('card.booking')} <strong className="num">{hit.confirmation}</strong>
              </span>
            </li>
          )}
          {hit.email && (
            <li>
              <MailIcon size={18} />
              <span>{hit.email}</span>
            </li>
          )}
          {hit.phone && (
            <li>
              <PhoneIcon size={18} />
              <span className="num">{hit.phone}</span>
            </li>
          )}
          {!hit.email && !hit.phone && !hit.confirmation && (
            <li className="hit__none">{t('card.noContact')}</li>
          )}
        </ul>
        {(hit.kind === 'customer' || hit.passes.length > 0) && !open && <PassList passes={hit.passes} />}
        {!open && (
          <div className="hit__actions">
            <Button variant="primary" onClick={onOpen}>
              {t('card.openCheckIn')}
            </Button>
          </div>
        )}
        {open &&
          (hit.kind === 'order' ? (
            <ResmarkCheckInPanel onDone={onCheckedIn} />
          ) : (
            <CheckInPanel onDone={onCheckedIn} />
          ))}
      </div>
    </article>
  );
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = (parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '');
  return letters.toUpperCase() || '?';
}

/** A stable colour per name (6 hues), so a returning face is easier to spot in a list. */
function hueOf(name: string): number {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h % 6;
}
