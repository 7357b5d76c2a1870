/**
 * The one full-screen window showing the hub's /display/ page. Sound may
 * start without a touch (nobody touches a TV), a crashed or hung page is
 * reloaded, and an unreachable hub is retried every few seconds.
 */
import { BrowserWindow } from 'electron';

export interface BoardWindowOptions {
  boardUrl: string;
  allowDevTools: boolean;
  retrySeconds: number;
}

const waitingPage = (seconds: number) =>
  `data:text/html;charset=utf-8,${encodeURIComponent(
    `<!doctype html><meta charset="utf-8"><body style="margin:0;height:100vh;display:flex;align-items:center;justify-content:center;background:#041024;color:#ffd400;font:bold 48px sans-serif">Đang kết nối tới máy chủ… (thử lại sau ${seconds} giây)</body>`,
  )}`;

export function createBoardWindow(options: BoardWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    kiosk: true,
    fullscreen: true,
    frame: false,
    autoHideMenuBar: true,
    backgroundColor: '#041024',
    show: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      devTools: options.allowDevTools,
      spellcheck: false,
      autoplayPolicy: 'no-user-gesture-required',
      backgroundThrottling: false,
    },
  });
  win.removeMenu();
  win.once('ready-to-show', () => win.show());

  let retry: NodeJS.Timeout | null = null;
  const load = () => {
    if (retry) clearTimeout(retry);
    retry = null;
    win.loadURL(options.boardUrl).catch(() => undefined); // did-fail-load handles it
  };
  win.webContents.on('did-fail-load', (_e, code, _desc, url, isMainFrame) => {
    // -3 is an aborted load replaced by a newer one, not a failure.
    if (!isMainFrame || code === -3 || url.startsWith('data:')) return;
    void win.loadURL(waitingPage(options.retrySeconds));
    retry = setTimeout(load, options.retrySeconds * 1000);
  });
  win.webContents.on('render-process-gone', (_e, details) => {
    if (details.reason !== 'clean-exit') setTimeout(load, 1000);
  });
  win.on('unresponsive', () => win.webContents.reload());
  win.on('closed', () => {
    if (retry) clearTimeout(retry);
  });
  load();
  return win;
}
