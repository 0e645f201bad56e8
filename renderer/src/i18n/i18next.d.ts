// Renderer (types): tells i18next's types about our catalogs, so `t('ns:key')` is checked.
import 'i18next';
import type { en } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof en;
    returnNull: false;
  }
}
