// Renderer: the desk's status area — one calm line per state (offline, a failed sync, a refused
// Sync now, weakly protected sign-in details, the latest confirmation), details on request.
import { useStatus, useStores, useSync, useUi } from '../../app/stores-context';
import { BACKEND_LABEL, hostOf } from '../../lib/backends';
import { Button } from '../../ui/Button';
import { StatusLine, StatusLines } from '../../ui/StatusLine';
import { deskStatus } from './desk-status';

/** Home shows every line; Setup only the confirmation and the credentials warning (which it never hides). */
export function StatusArea({ where }: { where: 'home' | 'setup' }) {
  return (
    <StatusLines label="Desk status">
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

const kinds = (names: string[]) => names.join(' and ');

function OfflineLine() {
  const { offline } = useDeskStatus();
  if (offline.length === 0) return null;
  return (
    <StatusLine
      kind="offline"
      tone="offline"
      title="Offline — working from this device's saved data."
      details={
        <ul>
          {offline.map((b) => (
            <li key={b.backend}>
              {BACKEND_LABEL[b.backend].product} ({hostOf(b.baseUrl)}): {b.lastError ?? "can't be reached."}
            </li>
          ))}
        </ul>
      }
    >
      {`${kinds(offline.map((b) => BACKEND_LABEL[b.backend].kind))} can't be updated. Search and today's sessions still work.`}
    </StatusLine>
  );
}

function SyncLines() {
  const { sync } = useStores();
  const { failures } = useDeskStatus();
  const actionError = useSync((s) => s.actionError);
  const running = useSync((s) => s.running);
  const starting = useSync((s) => s.starting);
  return (
    <>
      {!running &&
        failures.map((failure) => (
          <StatusLine
            key={failure.backend}
            kind="sync-failed"
            tone="danger"
            urgent
            title={`Couldn't update ${BACKEND_LABEL[failure.backend].kind}.`}
            details={`${BACKEND_LABEL[failure.backend].product}: ${failure.message}`}
            actions={
              <Button variant="secondary" busy={starting} onClick={() => void sync.getState().syncNow()}>
                Try again
              </Button>
            }
            onDismiss={() => sync.getState().dismiss(failure)}
          >
            The saved copy on this device still works.
          </StatusLine>
        ))}
      {actionError && (
        <StatusLine
          kind="sync-refused"
          tone="danger"
          urgent
          title="Couldn't start the sync."
          details={actionError.message}
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
  const { ui } = useStores();
  const status = useStatus((s) => s.status);
  const hidden = useUi((s) => s.hiddenSecretWarning);
  const warning = status?.secretProtectionWarning;
  if (!warning || (!always && (status.mode === 'demo' || hidden === warning))) return null;
  return (
    <StatusLine
      kind="secret-warning"
      tone="warning"
      title="Sign-in details on this computer aren't fully protected."
      details={warning}
      dismissLabel="Hide this warning"
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
