/**
 * Hardening for every window of the counter shell: it shows the hub's pages
 * and nothing else. Navigation away from the hub, redirects, <webview> and
 * permissions are refused; the only new window allowed is the rating screen,
 * which main.ts places on the second display.
 */
import { app, session, type BrowserWindowConstructorOptions, type WebContents } from 'electron';
import { isHubUrl, isRatingScreenUrl } from './url-policy';

export interface SecurityOptions {
  hubOrigin: string;
  allowDevTools: boolean;
  /** Window options for the rating screen (position on the second display, no preload). */
  ratingWindowOptions: () => BrowserWindowConstructorOptions;
}

function harden(contents: WebContents, options: SecurityOptions): void {
  const refuseUnlessHub = (event: { preventDefault(): void }, url: string) => {
    if (!isHubUrl(url, options.hubOrigin)) event.preventDefault();
  };
  contents.on('will-navigate', refuseUnlessHub);
  contents.on('will-redirect', refuseUnlessHub);
  contents.on('will-frame-navigate', (event) => refuseUnlessHub(event, event.url));
  contents.setWindowOpenHandler(({ url }) =>
    isRatingScreenUrl(url, options.hubOrigin)
      ? { action: 'allow', overrideBrowserWindowOptions: options.ratingWindowOptions() }
      : { action: 'deny' },
  );
  contents.on('will-attach-webview', (event) => event.preventDefault());
  if (!options.allowDevTools) contents.on('devtools-opened', () => contents.closeDevTools());
}

/** Installs the rules for all present and future web contents. Call before creating windows. */
export function installSecurity(options: SecurityOptions): void {
  app.on('web-contents-created', (_event, contents) => harden(contents, options));
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
