// Playwright global setup (Node): says once, plainly, when the _electron smoke suite cannot run here.
import { findElectronBinary, SKIP_MESSAGE } from './electron-binary';

export default function globalSetup(): void {
  if (!findElectronBinary()) console.log(`\n${SKIP_MESSAGE}\n`);
}
