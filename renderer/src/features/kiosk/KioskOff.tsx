// Renderer: staff left kiosk mode on a window that was opened as a kiosk (web host `--kiosk`): it
// may make only the kiosk's calls, so it cannot be the desk, and says how to get the desk back.
export function KioskOff() {
  return (
    <section className="kiosk-screen" aria-labelledby="kiosk-title">
      <h1 id="kiosk-title" className="kiosk-title kiosk-title--small">
        Kiosk mode is off
      </h1>
      <p className="kiosk-detail">
        This window was opened as a self-service kiosk, so it cannot show the front desk. Close it and start
        Frontdesk again without --kiosk.
      </p>
    </section>
  );
}
