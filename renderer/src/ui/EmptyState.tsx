// Renderer: what a region shows when it has nothing (yet): an icon, one line, one hint, maybe one action.
import type { ReactNode } from 'react';

export function EmptyState({
  icon,
  title,
  children,
  action,
  tone = 'neutral',
}: {
  icon?: ReactNode;
  title: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
  tone?: 'neutral' | 'danger';
}) {
  return (
    <div className={`empty empty--${tone}`}>
      {icon && <div className="empty__icon">{icon}</div>}
      <p className="empty__title">{title}</p>
      {children && <div className="empty__body">{children}</div>}
      {action && <div className="empty__action">{action}</div>}
    </div>
  );
}
