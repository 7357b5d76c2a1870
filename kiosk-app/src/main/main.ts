/**
 * The kiosk's Electron shell: thin on purpose. Everything a citizen sees is
 * the hub's /kiosk/ page; the shell adds kiosk mode, hardening, devices over
 * IPC, and recovery (offline page, crash reload, relaunch).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, dialog, ipcMain } from 'electron';
import { startShellDevices, type ShellDevices } from '@luot/hardware/ipc/shell-devices';
import { createKioskWindow } from './kiosk-window';
import { installSecurity } from './security';
import { isAllowedUrl } from './url-policy';
import { loadShellConfig } from './shell-config';

// The bundle is CommonJS (see scripts/build-shell.ts): __dirname is the bundle's folder.
const here = __dirname;
const offlineUrl = pathToFileURL(path.join(here, 'offline.html')).href;
const preloadPath = path.join(here, 'preload.js');

if (!app.requestSingleInstanceLock()) app.quit();

app.on('child-process-gone', (_e, details) => {
  // The GPU process dying leaves a black screen on some kiosks: start over.
  if (details.type === 'GPU' && details.reason !== 'clean-exit') {
    app.relaunch();
    app.exit(0);
  }
});

let devices: ShellDevices | null = null;

void app.whenReady().then(() => {
  const configFile = process.env.LUOT_KIOSK_CONFIG ?? path.join(app.getPath('userData'), 'kiosk.json');
  const loaded = loadShellConfig(configFile, process.env);
  if (!loaded.ok) {
    dialog.showErrorBox('Lượt kiosk — cấu hình sai / bad config', loaded.problem);
    app.exit(1);
    return;
  }
  const { config } = loaded;
  const allowed = (url: string) => isAllowedUrl(url, { hubOrigin: config.hubOrigin, offlineUrl });
  installSecurity({ hubOrigin: config.hubOrigin, offlineUrl, allowDevTools: config.allowDevTools || !app.isPackaged });
  const win = createKioskWindow({
    kioskUrl: config.kioskUrl,
    offlineUrl,
    preloadPath,
    allowDevTools: config.allowDevTools || !app.isPackaged,
    retrySeconds: 10,
  });
  // Only the hub's own page gets the devices (never the offline page or anything else).
  devices = startShellDevices({ config: config.devices, ipcMain, target: win.webContents, isTrustedUrl: (url) => allowed(url) && !url.startsWith('file:') });
});

app.on('window-all-closed', () => {
  void (devices?.close() ?? Promise.resolve()).finally(() => app.quit());
});
