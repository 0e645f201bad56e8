// Renderer: a real role="progressbar" — determinate when the total is known, indeterminate otherwise.
export interface ProgressBarProps {
  label: string;
  value: number;
  /** Null while the total is unknown: no aria-valuenow, and a sweeping bar instead of a fill. */
  max: number | null;
  valueText?: string;
  className?: string;
}

export function ProgressBar({ label, value, max, valueText, className }: ProgressBarProps) {
  const known = max !== null && max > 0;
  const clamped = known ? Math.min(Math.max(value, 0), max) : 0;
  const percent = known ? (clamped / max) * 100 : 0;
  return (
    <div
      className={['progress', known ? '' : 'progress--indeterminate', className].filter(Boolean).join(' ')}
      role="progressbar"
      aria-label={label}
      aria-valuemin={known ? 0 : undefined}
      aria-valuemax={known ? max : undefined}
      aria-valuenow={known ? clamped : undefined}
      aria-valuetext={valueText}
    >
      {/* Set through the CSSOM by React, which the CSP's style-src allows (inline style attributes it would not). */}
      <div className="progress__fill" style={known ? { width: `${percent}%` } : undefined} />
    </div>
  );
}
