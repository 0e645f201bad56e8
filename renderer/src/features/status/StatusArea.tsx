// Renderer: the desk's status area — one calm line per state (offline, a failed sync, a refused
// Sync now, weakly protected sign-in details, the latest confirmation), details on request.
import { useTranslation } from 'react-i18next';
import { useStatus, useStores, useSync, useUi } from '../../app/stores-context';
import { BACKEND_LABEL, hostOf } from '../../lib/backends';
import { Button } from '../../ui/Button';
import { StatusLine, StatusLines } from '../../ui/StatusLine';
import { deskStatus } from './desk-status';
import { useErrorText } from '../../i18n/error-text';

/** Home shows every line; Setup only the confirmation and the credentials warning (which it never hides). */
export function StatusArea({ where }: { where: 'home' | 'setup' }) {
  const { t } = useTranslation('status');
  return (
    <StatusLines label={t('area.label')}>
      <FlashLine />
      {where === 'home' && <OfflineLine />}
      {where === 'home' && <SyncLines />}
      <SecretWarningLine always={where === 'setup'} />
    </StatusLines>
  );
}

function useDeskStatus() {
  const status = useStatus((s) => s.status);
  const seen = useSync((s) => s.failure);
  const dismissed = useSync((s) => s.dismissed);
  return deskStatus(status, seen, dismissed);
}

/** "Classes and Tours" in the language on screen. */
const kinds = (names: string[], language: string) =>
  new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(names);

function OfflineLine() {
  const { t, i18n } = useTranslation('status');
  const { offline } = useDeskStatus();
  if (offline.length === 0) return null;
  return (
    <StatusLine
      kind="offline"
      tone="offline"
      title={t('area.offlineTitle')}
      details={
        <ul>
          {offline.map((b) => (
            <li key={b.backend}>
              {/* lastError is the core's free text: shown as it came. */}
              {BACKEND_LABEL[b.backend].product} ({hostOf(b.baseUrl)}): {b.lastError ?? t('area.unreachable')}
            </li>
          ))}
        </ul>
      }
    >
      {t('area.offlineBody', {
        kinds: kinds(
          offline.map((b) => t(`kind.${b.backend}`)),
          i18n.resolvedLanguage ?? i18n.language,
        ),
      })}
    </StatusLine>
  );
}

function SyncLines() {
  const { t } = useTranslation('status');
  const errorText = useErrorText();
  const { sync } = useStores();
  const { failures } = useDeskStatus();
  const actionError = useSync((s) => s.actionError);
  const running = useSync((s) => s.running);
  const starting = useSync((s) => s.starting);
  // A failure's line stays while the next run tries again (its button says so): a line going and
  // coming back with every background run would move Home under a finger.
  return (
    <>
      {failures.map((failure) => (
        <StatusLine
          key={failure.backend}
          kind="sync-failed"
          tone="danger"
          urgent
          title={t('area.syncFailedTitle', { kind: t(`kind.${failure.backend}`) })}
          details={`${BACKEND_LABEL[failure.backend].product}: ${failure.message || t('area.syncStopped')}`}
          actions={
            <Button
              variant="secondary"
              busy={starting || running}
              onClick={() => void sync.getState().syncNow()}
            >
              {starting || running ? t('area.tryingAgain') : t('area.tryAgain')}
            </Button>
          }
          onDismiss={() => sync.getState().dismiss(failure)}
        >
          {t('area.syncFailedBody')}
        </StatusLine>
      ))}
      {actionError && (
        <StatusLine
          kind="sync-refused"
          tone="danger"
          urgent
          title={t('area.syncRefused')}
          details={errorText(actionError)}
          onDismiss={() => sync.getState().dismiss()}
        />
      )}
    </>
  );
}

/**
 * Only where credentials matter: in demo mode there are none to protect. On Home staff may hide
 * it (and it stays hidden after a reload); on Setup (`always`) it stays, before anything is typed.
 */
function SecretWarningLine({ always }: { always: boolean }) {
  const { t } = useTranslation('status');
  const { ui } = useStores();
  const status = useStatus((s) => s.status);
  const hidden = useUi((s) => s.hiddenSecretWarning);
  const warning = status?.secretProtectionWarning;
  if (!warning || (!always && (status.mode === 'demo' || hidden === warning))) return null;
  return (
    <StatusLine
      kind="secret-warning"
      tone="warning"
      title={t('area.secretTitle')}
      details={warning}
      dismissLabel={t('area.secretHide')}
      onDismiss={always ? undefined : () => ui.getState().hideSecretWarning(warning)}
    />
  );
}

function FlashLine() {
  const { ui } = useStores();
  const flash = useUi((s) => s.flash);
  if (!flash) return null;
  return (
    <StatusLine
      key={flash.id}
      kind="flash"
      tone={flash.tone}
      title={flash.text}
      onDismiss={() => ui.getState().dismissFlash()}
    />
  );
}
