/**
 * The display board's optional Electron shell: full screen, autostart, and
 * recovery around the hub's /display/ page, which works the same in any
 * browser. Thin on purpose; no preload, no Node in the page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { app, dialog, session } from 'electron';
import { createBoardWindow } from './board-window';
import { parseDisplayShellConfig } from './shell-config';
import { isPinnedHubCertificate } from '@luot/hardware/ipc/certificate-pin';

if (!app.requestSingleInstanceLock()) app.quit();

app.on('child-process-gone', (_e, details) => {
  // A dead GPU process leaves a black TV: start over.
  if (details.type === 'GPU' && details.reason !== 'clean-exit') {
    app.relaunch();
    app.exit(0);
  }
});

function readConfigFile(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    return { __unreadable: err instanceof Error ? err.message : String(err) };
  }
}

void app.whenReady().then(() => {
  const file = process.env.LUOT_DISPLAY_CONFIG ?? path.join(app.getPath('userData'), 'display.json');
  const parsed = parseDisplayShellConfig(readConfigFile(file), process.env);
  if (!parsed.ok) {
    dialog.showErrorBox('Lượt — màn hình gọi số: cấu hình sai / bad config', `${file}: ${parsed.problem}`);
    app.exit(1);
    return;
  }
  const { config } = parsed;
  // A closed LAN's self-signed hub certificate: trusted when it is the one this PC was enrolled with.
  app.on('certificate-error', (event, _contents, url, _error, certificate, callback) => {
    const pinned = isPinnedHubCertificate(url, certificate.data, config.hubOrigin, config.hubCertificateSha256);
    if (pinned) event.preventDefault();
    callback(pinned);
  });
  if (app.isPackaged && (process.platform === 'win32' || process.platform === 'darwin')) {
    app.setLoginItemSettings({ openAtLogin: config.autostart });
  }
  // The page needs nothing from the machine: refuse every permission, other origins and new windows.
  session.defaultSession.setPermissionRequestHandler((_c, _p, callback) => callback(false));
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (new URL(url).origin !== config.hubOrigin) event.preventDefault();
    });
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  createBoardWindow({ boardUrl: config.boardUrl, allowDevTools: config.allowDevTools || !app.isPackaged, retrySeconds: 10 });
});

app.on('window-all-closed', () => app.quit());
