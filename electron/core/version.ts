// Core (plain Node): the app version, from package.json at build time (JSON import is bundled).
import pkg from '../../package.json';

export const APP_VERSION: string = pkg.version;
