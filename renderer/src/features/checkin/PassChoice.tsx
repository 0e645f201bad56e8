// Renderer: the pass a walk-in pays with: the one that expires first preselected, any other valid
// one pickable, the rest shown with their problem ("10-class pass used up on 12 Nov").
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
  return (
    <fieldset className="choice">
      <legend className="choice__legend">Pays with</legend>
      {bookedSession && (
        <p className="choice__note">Booked on this session: the booking has paid, so no pass is used.</p>
      )}
      {passes.length === 0 ? (
        <p className="checkin__none">No pass. A walk-in needs one to check in.</p>
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
                    {p.problem ?? (p.expiryDate ? `Expires ${formatDate(p.expiryDate)}` : 'No expiry')}
                  </span>
                </span>
                <span className="choice__uses">
                  <span className="num">{p.remainingUses}</span>{' '}
                  {p.remainingUses === 1 ? 'use left' : 'uses left'}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
