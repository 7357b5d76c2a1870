/**
 * The one full-screen window. Loads the kiosk page from the hub; when the hub
 * cannot be reached it shows the bundled offline page, which keeps asking
 * the main process to try again. A crashed or hung renderer is reloaded.
 */
import { BrowserWindow } from 'electron';

export interface KioskWindowOptions {
  kioskUrl: string;
  offlineUrl: string;
  preloadPath: string;
  allowDevTools: boolean;
  /** Seconds between attempts to reach the hub from the offline page. */
  retrySeconds: number;
}

export function createKioskWindow(options: KioskWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    kiosk: true,
    fullscreen: true,
    frame: false,
    autoHideMenuBar: true,
    backgroundColor: '#0b3d91',
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      devTools: options.allowDevTools,
      spellcheck: false,
      // The welcome screen's spoken guidance starts before anyone touches the kiosk.
      autoplayPolicy: 'no-user-gesture-required',
    },
  });
  win.removeMenu();
  win.once('ready-to-show', () => win.show());

  let retryTimer: NodeJS.Timeout | null = null;
  const showOffline = () => {
    void win.loadURL(`${options.offlineUrl}?retry=${options.retrySeconds}`);
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = setTimeout(loadKiosk, options.retrySeconds * 1000);
  };
  const loadKiosk = () => {
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
    win.loadURL(options.kioskUrl).catch(() => showOffline());
  };

  win.webContents.on('did-fail-load', (_e, code, _desc, url, isMainFrame) => {
    // -3 is an aborted load (a newer navigation replaced it), not a failure.
    if (isMainFrame && code !== -3 && url.startsWith(options.kioskUrl.split('?')[0] ?? options.kioskUrl)) showOffline();
  });
  win.webContents.on('render-process-gone', (_e, details) => {
    if (details.reason !== 'clean-exit') setTimeout(loadKiosk, 1000);
  });
  win.on('unresponsive', () => win.webContents.reload());
  // What the page keeps off the citizen's screen (a refused ID card's reason…) goes to the shell's log (journalctl, the service log).
  win.webContents.on('console-message', (details) => {
    if (details.message.startsWith('[luot-kiosk]')) console.warn(details.message);
  });
  win.on('closed', () => {
    if (retryTimer) clearTimeout(retryTimer);
  });

  loadKiosk();
  return win;
}
