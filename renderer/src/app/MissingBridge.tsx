// Renderer: shown instead of the app when the page was opened without Frontdesk's bridge (no window.frontdesk).
export function MissingBridge() {
  return (
    <main className="missing-bridge" data-state="error">
      <div className="missing-bridge__card" role="alert">
        <span className="brand__mark brand__mark--lg" aria-hidden="true">
          F
        </span>
        <h1 className="missing-bridge__title">This page must be opened from Frontdesk</h1>
        <p>
          Frontdesk's window connects this screen to your booking system and to the data saved on this
          computer. Opened on its own — as a file, or in a browser tab — it has no way to reach them.
        </p>
        <p className="missing-bridge__hint">
          Start the Frontdesk app, or open the address that <code>npm run start:web</code> printed.
        </p>
      </div>
    </main>
  );
}
