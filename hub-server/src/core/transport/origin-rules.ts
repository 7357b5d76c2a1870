/**
 * Which browser origins may talk to the hub (issue 15). A browser says where
 * a request comes from in `Origin`; a page of another site that a hall PC
 * happens to open must not drive the hub with the officer's session. Allowed:
 * the hub's own origin (the one the request was addressed to: every app,
 * the Electron shells included, is loaded from the hub), and the origins the
 * hall lists (LUOT_ALLOWED_ORIGINS, e.g. a development server). A request
 * without `Origin` is no browser's cross-site request (devices, the hub
 * client in Node, curl) and is left to the token checks. `Origin: null`
 * (a file://, data: or sandboxed page) is refused: none of the hall's pages
 * talks to the hub from there.
 */

export interface OriginPolicy {
  /** The hub's scheme: a page on https must not be answered as if it were the http one. */
  secure: boolean;
  allowed: ReadonlySet<string>;
}

export function originAllowed(policy: OriginPolicy, origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true;
  if (policy.allowed.has(origin)) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== (policy.secure ? 'https:' : 'http:')) return false;
  return host !== undefined && url.host === new URL(`${url.protocol}//${host}`).host;
}
