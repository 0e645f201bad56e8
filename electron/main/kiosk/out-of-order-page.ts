// Electron main (plain Node): where the static "out of order, please see the desk" page lives.
// A file of its own rather than a renderer screen: it is shown exactly when the renderer's app code
// keeps crashing, so it must not depend on that code. Packaged next to the icon (electron-builder.json).
import { join } from 'node:path';

export function outOfOrderPagePath(appPath: string): string {
  return join(appPath, 'resources', 'out-of-order.html');
}
