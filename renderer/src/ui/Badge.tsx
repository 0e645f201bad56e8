// Renderer: a short status label (pill) — colour plus words, so it reads without colour vision.
import type { ReactNode } from 'react';

export type Tone = 'neutral' | 'success' | 'warning' | 'danger' | 'info' | 'demo' | 'accent';

export function Badge({
  tone = 'neutral',
  size = 'md',
  dot = false,
  icon,
  children,
  className,
}: {
  tone?: Tone;
  size?: 'sm' | 'md' | 'lg';
  dot?: boolean;
  icon?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <span className={['badge', `badge--${tone}`, `badge--${size}`, className].filter(Boolean).join(' ')}>
      {dot && <span className="badge__dot" aria-hidden="true" />}
      {icon}
      {children}
    </span>
  );
}
