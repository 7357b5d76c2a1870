/**
 * Kiosk hardening for every web contents: the window shows the hub's kiosk
 * page and the bundled offline page, nothing else. No navigation to other
 * origins, no new windows, no <webview>, no permissions (camera, geolocation…),
 * no developer tools unless the config allows them.
 */
import { app, session, type WebContents } from 'electron';
import { isBlockedKey } from './kiosk-keys';
import { isAllowedUrl } from './url-policy';

export interface SecurityOptions {
  hubOrigin: string;
  /** file:// URL of the bundled offline page. */
  offlineUrl: string;
  allowDevTools: boolean;
  /** Production kiosk: keys that close the window or leave full screen are refused too. */
  locked: boolean;
}

function harden(contents: WebContents, options: SecurityOptions): void {
  const refuseUnlessAllowed = (event: { preventDefault(): void }, url: string) => {
    if (!isAllowedUrl(url, options)) event.preventDefault();
  };
  contents.on('will-navigate', refuseUnlessAllowed);
  contents.on('will-redirect', refuseUnlessAllowed);
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedUrl(event.url, options)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  if (!options.allowDevTools) contents.on('devtools-opened', () => contents.closeDevTools());
  // Closing keys (Alt+F4, Ctrl+W…), devtools, reload and zoom shortcuts a stray keyboard could send.
  const policy = { locked: options.locked, allowDevTools: options.allowDevTools };
  contents.on('before-input-event', (event, input) => {
    if (input.type === 'keyDown' && isBlockedKey(input, policy)) event.preventDefault();
  });
}

/** Installs the rules for all present and future web contents. Call before creating windows. */
export function installSecurity(options: SecurityOptions): void {
  app.on('web-contents-created', (_event, contents) => harden(contents, options));
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
