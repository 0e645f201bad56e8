// Shared (pure TS, no dependencies): where a key may travel. Plain http never leaves this computer;
// anything else must be https. The setup form and the core's schema both apply it: the form to
// explain, the core because it must not trust that every caller went through the form.

/** 127.0.0.0/8, localhost and [::1]: the only hosts a key may reach over plain http. */
export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** Whether credentials may be sent to `address`: https anywhere, http only to this computer. */
export function isSafeBackendAddress(address: string): boolean {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname));
}
