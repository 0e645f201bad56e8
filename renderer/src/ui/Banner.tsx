// Renderer: a full-width message about the whole desk (offline, a failed sync, a warning), with actions.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertIcon, CheckCircleIcon, CloseIcon, ErrorIcon, InfoIcon } from './icons';

export type BannerTone = 'info' | 'success' | 'warning' | 'danger' | 'offline';

const ICONS: Record<BannerTone, ReactNode> = {
  info: <InfoIcon size={22} />,
  success: <CheckCircleIcon size={22} />,
  warning: <AlertIcon size={22} />,
  danger: <ErrorIcon size={22} />,
  offline: <AlertIcon size={22} />,
};

export interface BannerProps {
  tone: BannerTone;
  title: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
  icon?: ReactNode;
  onDismiss?: () => void;
  /** Errors interrupt a screen reader ('alert'); everything else waits its turn ('status'). */
  urgent?: boolean;
  /** Title and body in one run of text: for secondary messages that should take little height. */
  inline?: boolean;
  className?: string;
}

export function Banner({
  tone,
  title,
  children,
  actions,
  icon,
  onDismiss,
  urgent,
  inline,
  className,
}: BannerProps) {
  const { t } = useTranslation('ui');
  return (
    <div
      className={['banner', `banner--${tone}`, inline ? 'banner--inline' : '', className]
        .filter(Boolean)
        .join(' ')}
      role={urgent ? 'alert' : 'status'}
    >
      <span className="banner__icon">{icon ?? ICONS[tone]}</span>
      <div className="banner__text">
        <p className="banner__title">{title}</p>
        {children && <div className="banner__body">{children}</div>}
      </div>
      {actions && <div className="banner__actions">{actions}</div>}
      {onDismiss && (
        <button type="button" className="banner__dismiss" onClick={onDismiss} aria-label={t('dismiss')}>
          <CloseIcon size={20} />
        </button>
      )}
    </div>
  );
}
