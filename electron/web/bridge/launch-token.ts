// Web bridge (browser): takes the launch token from the address fragment once, keeps it for this
// tab only (sessionStorage survives reloads, not the tab), and removes it from the visible URL.
const KEY = 'frontdesk.launchToken';

export function readLaunchToken(): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(KEY, match[1]);
    history.replaceState(null, '', location.pathname + location.search);
    return match[1];
  }
  return sessionStorage.getItem(KEY);
}
