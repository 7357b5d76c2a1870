/**
 * Which URLs the counter shell may show. Pure, so it is unit tested.
 * The console is the hub's /counter/ page; the one window it may open is the
 * citizen-facing rating screen (`/counter/#rating`) for the second monitor.
 */
export function isHubUrl(url: string, hubOrigin: string): boolean {
  try {
    return new URL(url).origin === hubOrigin;
  } catch {
    return false;
  }
}

export function isRatingScreenUrl(url: string, hubOrigin: string): boolean {
  try {
    const u = new URL(url);
    return u.origin === hubOrigin && u.pathname.replace(/\/+$/, '') === '/counter' && u.hash === '#rating';
  } catch {
    return false;
  }
}
