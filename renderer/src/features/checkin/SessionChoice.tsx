// Renderer: which of today's sessions the check-in goes to: the default preselected, the others a
// tap away, closed ones greyed with the reason ("too early, opens at 08:00").
import { useTranslation } from 'react-i18next';
import { useSay } from '../../i18n/say';
import type { CheckInSessionOption } from '../../../../shared/domain/checkin';
import { formatTime } from '../../lib/format';
import { Badge } from '../../ui/Badge';

export interface SessionChoiceProps {
  sessions: CheckInSessionOption[];
  picked: string | null;
  onPick: (id: string) => void;
  name: string;
}

export function SessionChoice({ sessions, picked, onPick, name }: SessionChoiceProps) {
  const { t } = useTranslation('checkin');
  const say = useSay();
  if (sessions.length === 0) {
    return <p className="checkin__none">{t('session.none')}</p>;
  }
  return (
    <fieldset className="choice">
      <legend className="choice__legend">{t('session.legend')}</legend>
      <ul className="choice__list">
        {sessions.map((s) => (
          <li key={s.id}>
            <label className={`choice__option${s.open ? '' : ' choice__option--closed'}`}>
              <input
                type="radio"
                name={name}
                value={s.id}
                checked={picked === s.id}
                disabled={!s.open}
                onChange={() => onPick(s.id)}
              />
              <span className="choice__text">
                <span className="choice__title">
                  <span className="num">{formatTime(s.startsAt)}</span> {s.name}
                </span>
                <span className="choice__detail">
                  {s.open || !s.closedSaid
                    ? t('session.until', { time: formatTime(s.endsAt) })
                    : say(s.closedSaid)}
                </span>
              </span>
              <span className="choice__tags">
                {s.booked && (
                  <Badge tone="info" size="sm">
                    {t('session.booked')}
                  </Badge>
                )}
                {s.checkedIn && (
                  <Badge tone="success" size="sm" dot>
                    {t('session.inAt', { time: formatTime(s.checkedIn.at) })}
                  </Badge>
                )}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
