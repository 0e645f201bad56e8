// Renderer: the kiosk's start screen. One big field: a keyboard-wedge scan goes straight to that
// person; typing shows people only after 3 characters, at most 5, each as "Ann K." on a big button.
import { useRef, useState, type KeyboardEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useStores } from '../../app/stores-context';
import { createScanDetector } from '../search/scan-detector';
import { INPUT_LIMITS } from '../../lib/input-limits';
import { KIOSK_MIN_QUERY_LENGTH } from '../../../../shared/domain/limits';
import type { KioskFindResult } from '../../../../shared/domain/checkin';
import { useKioskGuest } from './use-kiosk';
import type { FindPhase, KioskNotice } from './kiosk-store';
import { GuestLanguage } from './GuestLanguage';
import type { AppError } from '../../../../shared/ipc/result';
import { useErrorText } from '../../i18n/error-text';

export function AttractScreen() {
  const { kioskGuest } = useStores();
  const { t } = useTranslation('kiosk');
  const errorText = useErrorText();
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
        {t('start.title')}
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
        {short ? t('start.hintShort') : t('start.hintTap')}
      </p>
      <p className="kiosk-message" role="status">
        {message(t, errorText, short, phase, found, notice)}
      </p>
      {!short && phase === 'ready' && found && found.matches.length > 0 && (
        <div className="kiosk-people" role="group" aria-label={t('start.people')}>
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
      <GuestLanguage />
    </section>
  );
}

/** The one line under the field: what the kiosk is doing or what the guest can do next. */
function message(
  t: TFunction<'kiosk'>,
  errorText: (error: AppError) => string,
  short: boolean,
  phase: FindPhase,
  found: KioskFindResult | null,
  notice: KioskNotice | null,
): string {
  if (notice) return notice.kind === 'cardNotFound' ? t('start.cardNotFound') : errorText(notice.error);
  if (short) return '';
  if (phase === 'loading') return t('start.looking');
  if (phase !== 'ready' || !found) return '';
  if (found.tooMany) return t('start.tooMany');
  if (found.sameNameHidden > 0) return t('start.sameName');
  if (found.matches.length === 0) return t('start.noMatch');
  return found.matches.length === 1 ? t('start.isThisYou') : t('start.tapYourName');
}
