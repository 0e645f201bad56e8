// Renderer: the pass a walk-in pays with: the one that expires first preselected, any other valid
// one pickable, the rest shown with their problem ("10-class pass used up on 12 Nov").
import { useTranslation } from 'react-i18next';
import { useSay } from '../../i18n/say';
import type { CheckInPassOption } from '../../../../shared/domain/checkin';
import { formatDate } from '../../lib/format';

export interface PassChoiceProps {
  passes: CheckInPassOption[];
  picked: string | null;
  onPick: (id: string) => void;
  name: string;
  /** Booked on the picked session: the booking paid, so no pass is spent. */
  bookedSession: boolean;
}

export function PassChoice({ passes, picked, onPick, name, bookedSession }: PassChoiceProps) {
  const { t } = useTranslation('checkin');
  const say = useSay();
  return (
    <fieldset className="choice">
      <legend className="choice__legend">{t('pass.legend')}</legend>
      {bookedSession && <p className="choice__note">{t('pass.bookedNote')}</p>}
      {passes.length === 0 ? (
        <p className="checkin__none">{t('pass.none')}</p>
      ) : (
        <ul className="choice__list">
          {passes.map((p) => (
            <li key={p.id}>
              <label className={`choice__option${p.valid ? '' : ' choice__option--closed'}`}>
                <input
                  type="radio"
                  name={name}
                  value={p.id}
                  checked={picked === p.id}
                  disabled={!p.valid || bookedSession}
                  onChange={() => onPick(p.id)}
                />
                <span className="choice__text">
                  <span className="choice__title">{p.passName}</span>
                  <span className="choice__detail">
                    {(p.problemSaid && say(p.problemSaid)) ??
                      (p.expiryDate
                        ? t('pass.expires', { date: formatDate(p.expiryDate) })
                        : t('pass.noExpiry'))}
                  </span>
                </span>
                <span className="choice__uses">
                  <span className="num">{p.remainingUses}</span>{' '}
                  {t('pass.usesLeft', { count: p.remainingUses })}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
