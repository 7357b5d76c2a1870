/**
 * The counter's Electron shell: thin on purpose and not in kiosk mode (an
 * officer's PC runs other programs too). It loads the hub's /counter/ page,
 * hardens it, gives it the devices over IPC, and puts the citizen-facing
 * rating screen on the second display when there is one.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, screen } from 'electron';
import { startShellDevices, type ShellDevices } from '@luot/hardware/ipc/shell-devices';
import { installSecurity } from './security';
import { isPinnedHubCertificate } from '@luot/hardware/ipc/certificate-pin';
import { loadShellConfig } from './shell-config';
import { isHubUrl } from './url-policy';
import { DEVICE_TOKEN_CHANNEL, DEVICE_TOKEN_SAVE_CHANNEL, deviceTokenForPage, pairedTokenToKeep } from './device-token-policy';

// The bundle is CommonJS (scripts/build-shell.ts): __dirname is the bundle's folder.
const preloadPath = path.join(__dirname, 'preload.js');
const webPreferences = { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true } as const;

if (!app.requestSingleInstanceLock()) app.quit();

/** The second display's bounds, full screen there; else a plain window. */
function ratingWindowOptions(): Electron.BrowserWindowConstructorOptions {
  const primary = screen.getPrimaryDisplay();
  const second = screen.getAllDisplays().find((d) => d.id !== primary.id);
  return {
    ...(second ? { ...second.bounds, fullscreen: true } : { width: 1024, height: 768 }),
    autoHideMenuBar: true,
    // The rating screen needs no devices: it talks to the console over a BroadcastChannel.
    webPreferences: { ...webPreferences },
  };
}

let devices: ShellDevices | null = null;

void app.whenReady().then(() => {
  const configFile = process.env.LUOT_COUNTER_CONFIG ?? path.join(app.getPath('userData'), 'counter.json');
  const loaded = loadShellConfig(configFile, process.env);
  if (!loaded.ok) {
    dialog.showErrorBox('Lượt — cấu hình quầy sai / bad counter config', loaded.problem);
    app.exit(1);
    return;
  }
  const { config } = loaded;
  const allowDevTools = config.allowDevTools || !app.isPackaged;
  // A closed LAN's self-signed hub certificate: trusted when it is the one this PC was enrolled with.
  app.on('certificate-error', (event, _contents, url, _error, certificate, callback) => {
    const pinned = isPinnedHubCertificate(url, certificate.data, config.hubOrigin, config.hubCertificateSha256);
    if (pinned) event.preventDefault();
    callback(pinned);
  });
  installSecurity({ hubOrigin: config.hubOrigin, allowDevTools, ratingWindowOptions });
  // The counter PC's device token, for halls that bind counters to their PCs: only to the hub's
  // /counter/ page, judged by the asking frame's URL here (the page cannot vouch for itself).
  // A token from the config file or LUOT_COUNTER_DEVICE_TOKEN wins; else the one this PC received by pairing (issue 17).
  const pairedFile = path.join(app.getPath('userData'), 'counter-device-token');
  let deviceToken = config.deviceToken ?? (existsSync(pairedFile) ? readFileSync(pairedFile, 'utf8').trim() || null : null);
  ipcMain.handle(DEVICE_TOKEN_CHANNEL, (event) => deviceTokenForPage(event.senderFrame?.url, config.hubOrigin, deviceToken));
  ipcMain.handle(DEVICE_TOKEN_SAVE_CHANNEL, (event, token: unknown) => {
    const kept = pairedTokenToKeep(event.senderFrame?.url, config.hubOrigin, token);
    if (kept === null) return false;
    // Readable by this user only, like the config file that could hold it instead.
    writeFileSync(pairedFile, kept, { mode: 0o600 });
    deviceToken = kept;
    return true;
  });

  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    show: false,
    autoHideMenuBar: true,
    title: 'Lượt — Quầy',
    webPreferences: { ...webPreferences, preload: preloadPath, devTools: allowDevTools },
  });
  win.once('ready-to-show', () => {
    win.maximize();
    win.show();
  });
  void win.loadURL(config.counterUrl);
  devices = startShellDevices({ config: config.devices, ipcMain, target: win.webContents, isTrustedUrl: (url) => isHubUrl(url, config.hubOrigin) });

  if (config.ratingWindow && screen.getAllDisplays().length > 1) {
    // Opened by the console's own rule (security.ts allows exactly this URL).
    win.webContents.once('did-finish-load', () => {
      void win.webContents.executeJavaScript(`window.open('./#rating', 'luot-rating')`);
    });
  }
});

app.on('window-all-closed', () => {
  void (devices?.close() ?? Promise.resolve()).finally(() => app.quit());
});
