// Renderer: "Sync now", and while a sync runs, over it, what it is downloading, a progress bar and Cancel.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStores, useSync } from '../../app/stores-context';
import { Button } from '../../ui/Button';
import { ProgressBar } from '../../ui/ProgressBar';
import { SyncIcon } from '../../ui/icons';
import { progressText } from './sync-labels';

/**
 * "Sync now" (after `children`, the freshness chip), with the run's panel laid over them while one
 * goes. They keep their room, hidden: the scheduler starts runs on its own every few minutes, and a
 * wider panel taking their place wrapped the status bar onto a second row and back, so Home moved
 * under a finger reaching for a button (a click pressed on "New sale" was let go on something else).
 */
export function SyncControl({ disabled, children }: { disabled?: boolean; children?: ReactNode }) {
  const { t } = useTranslation('sync');
  const { sync } = useStores();
  const panel = useSync((s) => s.panel);

  return (
    <div className="sync-control" data-panel={panel ? '' : undefined}>
      <div className="sync-control__idle" inert={panel}>
        {children}
        <Button
          variant="secondary"
          icon={<SyncIcon size={18} />}
          disabled={disabled}
          onClick={() => void sync.getState().syncNow()}
        >
          {t('syncNow')}
        </Button>
      </div>
      {panel && <SyncProgressPanel />}
    </div>
  );
}

function SyncProgressPanel() {
  const { t } = useTranslation('sync');
  const { sync } = useStores();
  const progress = useSync((s) => s.progress);
  const cancelling = useSync((s) => s.cancelling);
  // The run has ended but the panel is held up briefly (PANEL_MIN_MS) so the run is seen to happen.
  const finished = useSync((s) => !s.running && !s.starting);
  // A run that failed must not say "Up to date" beside the status area's "Couldn't update".
  const failed = useSync((s) => s.failure !== null);
  const who = finished
    ? failed
      ? t('stopped')
      : t('finished')
    : progress
      ? t('syncingKind', { kind: t(`kind.${progress.backend}`) })
      : t('syncing');
  const detail = finished
    ? failed
      ? t('notEverything')
      : t('upToDate')
    : progress
      ? progressText(progress, t)
      : t('gettingStarted');

  return (
    <div className="sync-progress" data-state={finished ? 'finished' : 'syncing'}>
      {/* No aria-live here: pages arrive several times a second; the bar's valuetext carries the detail. */}
      <div className="sync-progress__text">
        <span className="sync-progress__who">
          <SyncIcon size={16} className={finished ? undefined : 'spin-slow'} />
          {who}
        </span>
        <span className="sync-progress__detail num">{detail}</span>
      </div>
      <ProgressBar
        label={t('progressLabel')}
        value={finished ? 1 : (progress?.done ?? 0)}
        max={finished ? 1 : (progress?.total ?? null)}
        valueText={detail}
        className="sync-progress__bar"
      />
      {/* Nothing left to cancel once the run has ended: the button goes, not just greys out. */}
      {!finished && (
        <Button variant="secondary" busy={cancelling} onClick={() => void sync.getState().cancel()}>
          {cancelling ? t('cancelling') : t('cancel')}
        </Button>
      )}
    </div>
  );
}
