// Renderer: the kiosk's start screen. One big field: a keyboard-wedge scan goes straight to that
// person; typing shows people only after 3 characters, at most 5, each as "Ann K." on a big button.
import { useRef, useState, type KeyboardEvent } from 'react';
import { useStores } from '../../app/stores-context';
import { createScanDetector } from '../search/scan-detector';
import { INPUT_LIMITS } from '../../lib/input-limits';
import { KIOSK_MIN_QUERY_LENGTH } from '../../../../shared/domain/limits';
import type { KioskFindResult } from '../../../../shared/domain/checkin';
import { useKioskGuest } from './use-kiosk';
import type { FindPhase } from './kiosk-store';

const TITLE = 'Scan your card, or type your name or e-mail';

export function AttractScreen() {
  const { kioskGuest } = useStores();
  const query = useKioskGuest((s) => s.query);
  const phase = useKioskGuest((s) => s.phase);
  const found = useKioskGuest((s) => s.found);
  const notice = useKioskGuest((s) => s.notice);
  const input = useRef<HTMLInputElement>(null);
  const [detector] = useState(() => createScanDetector({ now: () => performance.now() }));

  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    const code = detector.key(event.key);
    if (code === null) return;
    event.preventDefault();
    void kioskGuest.getState().scan(code);
  };

  const short = query.trim().length < KIOSK_MIN_QUERY_LENGTH;
  return (
    <section className="kiosk-screen kiosk-start" aria-labelledby="kiosk-title">
      <h1 id="kiosk-title" className="kiosk-title">
        {TITLE}
      </h1>
      <input
        ref={input}
        className="kiosk-field"
        type="search"
        aria-labelledby="kiosk-title"
        aria-describedby="kiosk-hint"
        maxLength={INPUT_LIMITS.email}
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        autoFocus
        value={query}
        onChange={(e) => kioskGuest.getState().setQuery(e.target.value)}
        onKeyDown={onKey}
      />
      <p id="kiosk-hint" className="kiosk-hint">
        {short ? 'Type at least 3 letters of your name, or your whole e-mail.' : 'Then tap your name.'}
      </p>
      <p className="kiosk-message" role="status">
        {message(short, phase, found, notice)}
      </p>
      {!short && phase === 'ready' && found && found.matches.length > 0 && (
        <div className="kiosk-people" role="group" aria-label="Tap your name">
          {found.matches.map((m) => (
            <button
              key={m.customerId}
              type="button"
              className="kiosk-person"
              onClick={() => kioskGuest.getState().choose(m)}
            >
              {m.displayName}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}

/** The one line under the field: what the kiosk is doing or what the guest can do next. */
function message(
  short: boolean,
  phase: FindPhase,
  found: KioskFindResult | null,
  notice: string | null,
): string {
  if (notice) return notice;
  if (short) return '';
  if (phase === 'loading') return 'Looking…';
  if (phase !== 'ready' || !found) return '';
  if (found.tooMany) return 'Lots of people match. Type more of your name.';
  if (found.sameNameHidden > 0)
    return 'Some people here share a name. Type more of your surname, or scan your card.';
  if (found.matches.length === 0) return "We couldn't find you. Check the spelling, or please see the desk.";
  return found.matches.length === 1 ? 'Is this you? Tap your name.' : 'Tap your name.';
}
