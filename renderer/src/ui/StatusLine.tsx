// Renderer: one line of desk status (offline, a failed sync, a warning, a confirmation): a short
// sentence staff can act on, with the technical detail folded into "Details" for whoever needs it.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertIcon, CheckCircleIcon, CloseIcon, ErrorIcon, InfoIcon, OfflineIcon } from './icons';

export type StatusTone = 'info' | 'success' | 'warning' | 'danger' | 'offline';

const ICONS: Record<StatusTone, ReactNode> = {
  info: <InfoIcon size={20} />,
  success: <CheckCircleIcon size={20} />,
  warning: <AlertIcon size={20} />,
  danger: <ErrorIcon size={20} />,
  offline: <OfflineIcon size={20} />,
};

export interface StatusLineProps {
  tone: StatusTone;
  /** The one sentence: what is going on, in the desk's words. */
  title: ReactNode;
  /** What it means for the desk, after the title on the same line. */
  children?: ReactNode;
  /** Technical detail (server messages, addresses), shown only on request. */
  details?: ReactNode;
  actions?: ReactNode;
  onDismiss?: () => void;
  /** What the dismiss button says to a screen reader ("Hide this warning"). */
  dismissLabel?: string;
  /** Errors interrupt a screen reader ('alert'); everything else waits its turn ('status'). */
  urgent?: boolean;
  /** A hook for tests and styling: which state this line shows. */
  kind: string;
}

export function StatusLine({
  tone,
  title,
  children,
  details,
  actions,
  onDismiss,
  dismissLabel,
  urgent,
  kind,
}: StatusLineProps) {
  const { t } = useTranslation('ui');
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  return (
    <li className={`status-line status-line--${tone}`} data-status-line={kind}>
      <div className="status-line__row" role={urgent ? 'alert' : 'status'}>
        <span className="status-line__icon">{ICONS[tone]}</span>
        <p className="status-line__text">
          <strong className="status-line__title">{title}</strong>
          {children && <span className="status-line__body"> {children}</span>}
        </p>
      </div>
      <div className="status-line__end">
        {details && (
          <button
            type="button"
            className="status-line__toggle"
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={() => setOpen(!open)}
          >
            {open ? t('hideDetails') : t('details')}
          </button>
        )}
        {actions}
        {onDismiss && (
          <button
            type="button"
            className="status-line__dismiss"
            onClick={onDismiss}
            aria-label={dismissLabel ?? t('dismiss')}
          >
            <CloseIcon size={20} />
          </button>
        )}
      </div>
      {details && open && (
        <div className="status-line__details" id={detailsId}>
          {details}
        </div>
      )}
    </li>
  );
}

/** The list the lines live in; renders nothing when there is nothing to say. */
export function StatusLines({ label, children }: { label: string; children: ReactNode }) {
  return (
    <ul className="status-lines" aria-label={label}>
      {children}
    </ul>
  );
}
