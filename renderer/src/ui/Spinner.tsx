// Renderer: a small spinner; decorative unless given a label, because the text next to it says what loads.
export function Spinner({ size = 20, label }: { size?: number; label?: string }) {
  return (
    <svg
      className="spinner"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    >
      <circle cx="12" cy="12" r="9" fill="none" strokeWidth="3" className="spinner__track" />
      <path
        d="M21 12a9 9 0 0 0-9-9"
        fill="none"
        strokeWidth="3"
        strokeLinecap="round"
        className="spinner__arc"
      />
    </svg>
  );
}
