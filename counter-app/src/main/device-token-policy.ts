/**
 * Which page of the counter shell is given the counter PC's device token
 * (hall setting `security.countersBoundToDevices`: a counter opens only from
 * its own PC). Only the hub's officer console (`<hub>/counter/…`) gets it;
 * any other page — another origin the window should never show, the hub's
 * supervisor screen — gets null, so the token never leaves for elsewhere.
 * Pure, so it is unit tested; main.ts answers the bridge's request with it.
 */
import { isHubUrl } from './url-policy';

/** The IPC channel the preload bridge asks on (one purpose, no arguments). */
export const DEVICE_TOKEN_CHANNEL = 'luot:counter-pc:device-token';

export function deviceTokenForPage(pageUrl: string | undefined, hubOrigin: string, deviceToken: string | null): string | null {
  if (deviceToken === null || pageUrl === undefined || !isHubUrl(pageUrl, hubOrigin)) return null;
  const path = new URL(pageUrl).pathname;
  return path === '/counter' || path.startsWith('/counter/') ? deviceToken : null;
}

/** The channel the hub's /counter/ page hands a token received by pairing on (issue 17), to be kept. */
export const DEVICE_TOKEN_SAVE_CHANNEL = 'luot:counter-pc:save-paired-token';

/**
 * A token the page received by pairing, if main should keep it: only from
 * the hub's own /counter/ page, and only a token of the configured form.
 */
export function pairedTokenToKeep(pageUrl: string | undefined, hubOrigin: string, token: unknown): string | null {
  if (typeof token !== 'string' || !/^[\x21-\x7e]{8,256}$/.test(token)) return null;
  return deviceTokenForPage(pageUrl, hubOrigin, token);
}
