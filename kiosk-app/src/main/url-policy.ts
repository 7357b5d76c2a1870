/** Which URLs the kiosk window may show: the hub's origin and the bundled offline page. Pure, so it is unit tested. */
export interface UrlPolicy {
  hubOrigin: string;
  /** file:// URL of the bundled offline page. */
  offlineUrl: string;
}

export function isAllowedUrl(url: string, policy: UrlPolicy): boolean {
  if (url === policy.offlineUrl || url.startsWith(`${policy.offlineUrl}?`)) return true;
  try {
    return new URL(url).origin === policy.hubOrigin;
  } catch {
    return false;
  }
}
