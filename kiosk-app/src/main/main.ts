/**
 * The kiosk's Electron shell: thin on purpose. Everything a citizen sees is
 * the hub's /kiosk/ page; the shell adds kiosk mode, hardening, devices over
 * IPC, and recovery (offline page, crash reload, relaunch).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, dialog, ipcMain } from 'electron';
import { startShellDevices, type ShellDevices } from '@luot/hardware/ipc/shell-devices';
import { afterLastWindowClosed, decideClose } from './close-policy';
import { createKioskWindow } from './kiosk-window';
import { installSecurity } from './security';
import { isPinnedHubCertificate } from '@luot/hardware/ipc/certificate-pin';
import { isAllowedUrl } from './url-policy';
import { loadShellConfig } from './shell-config';

// The bundle is CommonJS (see scripts/build-shell.ts): __dirname is the bundle's folder.
const here = __dirname;
const offlineUrl = pathToFileURL(path.join(here, 'offline.html')).href;
const preloadPath = path.join(here, 'preload.js');

/**
 * Started by systemd or the Windows start-up loop (README "Restart by the
 * OS"): the supervisor starts us again, so we only exit. Alone, we relaunch
 * ourselves (a supervisor would then see two instances).
 */
const supervised = process.env.LUOT_KIOSK_SUPERVISED === '1';
const restart = () => {
  if (!supervised) app.relaunch();
  app.exit(supervised ? 1 : 0);
};

if (!app.requestSingleInstanceLock()) app.quit();

app.on('child-process-gone', (_e, details) => {
  // The GPU process dying leaves a black screen on some kiosks: start over.
  if (details.type === 'GPU' && details.reason !== 'clean-exit') restart();
});

let devices: ShellDevices | null = null;
/** Production kiosk: the window cannot be closed by a citizen (close-policy.ts). */
const locked = app.isPackaged;
/** Set when the app quits on purpose: session end, shutdown, a service stop. */
let quitting = false;
app.on('before-quit', () => {
  quitting = true;
});
// systemd (and Windows' task stop) ends the kiosk with SIGTERM: quit cleanly, closing the devices.
process.on('SIGTERM', () => {
  quitting = true;
  app.quit();
});

void app.whenReady().then(() => {
  const configFile = process.env.LUOT_KIOSK_CONFIG ?? path.join(app.getPath('userData'), 'kiosk.json');
  const loaded = loadShellConfig(configFile, process.env);
  if (!loaded.ok) {
    dialog.showErrorBox('Lượt kiosk — cấu hình sai / bad config', loaded.problem);
    app.exit(1);
    return;
  }
  const { config } = loaded;
  // A closed LAN's self-signed hub certificate: trusted when it is the one this PC was enrolled with.
  app.on('certificate-error', (event, _contents, url, _error, certificate, callback) => {
    const pinned = isPinnedHubCertificate(url, certificate.data, config.hubOrigin, config.hubCertificateSha256);
    if (pinned) event.preventDefault();
    callback(pinned);
  });
  const allowed = (url: string) => isAllowedUrl(url, { hubOrigin: config.hubOrigin, offlineUrl });
  installSecurity({ hubOrigin: config.hubOrigin, offlineUrl, allowDevTools: config.allowDevTools || !app.isPackaged, locked });
  const win = createKioskWindow({
    kioskUrl: config.kioskUrl,
    offlineUrl,
    preloadPath,
    allowDevTools: config.allowDevTools || !app.isPackaged,
    retrySeconds: 10,
  });
  // Alt+F4 reaches the window as a close request from the OS: refused unless the app is quitting.
  win.on('close', (event) => {
    if (decideClose({ locked, quitting }) === 'prevent') event.preventDefault();
  });
  // Windows logging off or shutting down: let it.
  win.on('session-end', () => {
    quitting = true;
  });
  // Only the hub's own page gets the devices (never the offline page or anything else).
  devices = startShellDevices({ config: config.devices, ipcMain, target: win.webContents, isTrustedUrl: (url) => allowed(url) && !url.startsWith('file:') });
});

app.on('window-all-closed', () => {
  // A locked kiosk whose window is gone anyway (it should not be) starts again instead of leaving a desktop.
  const next = afterLastWindowClosed({ locked, quitting });
  void (devices?.close() ?? Promise.resolve()).finally(() => {
    if (next === 'quit') app.quit();
    else restart();
  });
});
