// Renderer: how each back end is named to staff, and its known server addresses.
import type { BackendId } from '../../../shared/domain/backend';

export const BACKENDS: readonly BackendId[] = ['reservie', 'resmark'];

/** Staff think in what they sell ("Classes"), the setup screen in product names ("Reservie"). */
export const BACKEND_LABEL: Record<BackendId, { product: string; kind: string; sells: string }> = {
  reservie: { product: 'Reservie', kind: 'Classes', sells: 'Classes, workshops and passes' },
  resmark: { product: 'Resmark', kind: 'Tours', sells: 'Tours and activities' },
};

/**
 * A copy of KNOWN_BASE_URLS from shared/domain/backend.ts: a value import from there would pull zod
 * into the renderer bundle. base-urls.test.ts keeps the two in step.
 */
export const BASE_URLS: Record<BackendId, { production: string; sandbox?: string }> = {
  reservie: { production: 'https://go.reservie.net/api/v1' },
  resmark: {
    production: 'https://app.resmarksystems.com/public/api',
    sandbox: 'https://sandbox.resmarksystems.com/public/api',
  },
};

/** The host part of an address, for messages like "Couldn't reach go.reservie.net". */
export function hostOf(url: string | null | undefined): string {
  if (!url) return 'the server';
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}
