// E2E typing: the page's window.frontdesk, as both hosts define it.
import type { Api } from '../../shared/ipc/contract';

declare global {
  interface Window {
    frontdesk?: Api;
  }
}
export {};
