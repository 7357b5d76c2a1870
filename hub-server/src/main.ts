/**
 * The hub process: read settings → load the hall config → open the database
 * → migrate → createHub().listen(). Clear messages for the usual mistakes.
 */
import { accessSync, constants } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { systemClock } from './core/clock';
import { loadHallConfig } from './core/config/load-hall-config';
import { openDatabase, type Db } from './core/db/open';
import { isLockedByAnother } from './core/db/sqlite-errors';
import {
  CertificateError,
  loadCertificate,
  selfSignedCertificate,
  type HubCertificate,
} from './core/transport/hub-certificate';
import { HallModeError } from './auth/hall-mode';
import { SenderConfigError } from './notify/senders/sender';
import { createHub } from './hub';
import { createLogger } from './core/logger';
import { installProcessGuards } from './core/process-guard';
import { octal, secureDataDir } from './core/data-files';
import { acquireDataDirLock, DataDirLockedError } from './core/data-dir-lock';
import { readSettings, type Settings } from './core/settings';
import { migrate } from './core/db/migrate';
import { openPersonalKey, PersonalKeyError } from './core/personal-data/personal-key';

const HELP = `Lượt hub — the queue server of the hall.

Usage: npm run hub            (or: tsx hub-server/src/main.ts)

Environment:
  LUOT_PORT            port to listen on (default 8080)
  LUOT_DATA_DIR        database and backups (default ./data)
  LUOT_CONFIG          the hall's config file, JSON or YAML (required unless LUOT_DEMO=1)
  LUOT_DEMO=1          run the demo hall (published accounts, DEMO on every screen; never a real hall)
  LUOT_KEY_FILE        the personal-data key, made on first start (default <data dir>/luot.key); back it up apart
  LUOT_ADMIN_PASSWORD  the admin's password on first start (default: a random one, printed once)
  LUOT_PUBLIC_URL      base URL printed in ticket QR codes (default: http(s)://<this machine's LAN address>:<port>)
  LUOT_TLS_CERT, LUOT_TLS_KEY   serve HTTPS/WSS with this certificate and private key (PEM files)
  LUOT_TLS=self-signed make (once, kept in LUOT_DATA_DIR/tls) a self-signed certificate for a closed LAN
  LUOT_ALLOWED_ORIGINS browser origins besides the hub's own that may call it, comma-separated
  LUOT_BACKUP_AT       local time of the nightly backup, HH:mm, or off (default 02:00)
  LUOT_BACKUP_KEEP     backups kept, the newest (default 14)
  LUOT_BACKUP_DIR      backup folder (default <data dir>/backups)
  LUOT_BACKUP_COPY_DIR a second place each backup is copied to (a USB disk, a network share; default none)
  LUOT_BACKUP_ON_SHUTDOWN  on|off: a backup at each clean stop (default on)
  LUOT_PROVINCE_URL    the province server (https://…) to ship the hall's events to (default: none)
  LUOT_PROVINCE_TOKEN  this hall's token, given by the province at enrolment (with LUOT_PROVINCE_URL)
`;

async function certificateOf(settings: Settings): Promise<(HubCertificate & { created?: boolean }) | null> {
  if (settings.tls === null) return null;
  if (settings.tls.kind === 'files') return loadCertificate(settings.tls.certPath, settings.tls.keyPath);
  return selfSignedCertificate(join(settings.dataDir, 'tls'));
}

function lanAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return '127.0.0.1';
}

function fatal(message: string): never {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(HELP);
    return;
  }
  const logger = createLogger();
  // Anything nothing caught: log it and exit non-zero, so the service manager restarts the hub.
  installProcessGuards(process, logger);
  let settings;
  try {
    settings = readSettings();
  } catch (e) {
    return fatal((e as Error).message);
  }
  let config;
  try {
    config = loadHallConfig(settings.configPath);
  } catch (e) {
    return fatal((e as Error).message);
  }
  let releaseLock: () => void;
  try {
    // 0700 directory, 0600 files, whatever the service's umask; an older hub's looser modes are fixed and said.
    for (const fix of secureDataDir(settings.dataDir, settings.backup.dir)) {
      logger.warn({ path: fix.path, was: octal(fix.was), now: octal(fix.now) }, 'file mode tightened');
    }
    accessSync(settings.dataDir, constants.W_OK);
  } catch {
    return fatal(`The data directory ${settings.dataDir} cannot be written. Set LUOT_DATA_DIR to a writable folder.`);
  }
  try {
    releaseLock = acquireDataDirLock(settings.dataDir, 'hub');
  } catch (e) {
    if (e instanceof DataDirLockedError) return fatal(e.message);
    throw e;
  }
  let certificate;
  try {
    certificate = await certificateOf(settings);
  } catch (e) {
    if (e instanceof CertificateError) return fatal(e.message);
    throw e;
  }
  const scheme = certificate ? 'https' : 'http';
  const dbFile = join(settings.dataDir, 'luot.sqlite');
  const locked = () =>
    fatal(
      `The database ${dbFile} is locked by another program (another hub on the same data folder, or a database or backup tool). ` +
        'Close that program, then start the hub again.',
    );
  let db: Db;
  let personalKey;
  try {
    db = openDatabase(dbFile);
    // Migrated before the key is opened: the key's id is kept in the database.
    migrate(db);
    personalKey = openPersonalKey(settings.keyFile, db, systemClock.now());
  } catch (e) {
    if (isLockedByAnother(e)) return locked();
    if (e instanceof PersonalKeyError) {
      releaseLock();
      return fatal(e.message);
    }
    throw e;
  }
  const host = lanAddress();
  const publicUrl = settings.publicUrl ?? `${scheme}://${host}:${settings.port}`;
  let hub;
  try {
    // Migrations write at start: a lock held by another program shows here too.
    hub = await createHub({
      db,
      clock: systemClock,
      config,
      logger,
      publicUrl,
      demo: settings.demo,
      allowedOrigins: settings.allowedOrigins,
      ...(certificate ? { tls: { cert: certificate.cert, key: certificate.key } } : {}),
      ...(settings.socketCommandLimit ? {} : { socketCommandRate: null }),
      ...(settings.adminPassword ? { adminPassword: settings.adminPassword } : {}),
      ...(process.env.LUOT_PRINTED_DIR ? { printedDir: process.env.LUOT_PRINTED_DIR } : {}),
      ...(settings.province ? { province: settings.province } : {}),
      backups: settings.backup,
      personalKey,
    });
  } catch (e) {
    if (e instanceof HallModeError) return fatal(e.message);
    if (e instanceof SenderConfigError) return fatal(e.message);
    if (isLockedByAnother(e)) return locked();
    throw e;
  }
  // Before listening and before the banner: a service manager (or a test) that stops the hub as soon as it
  // says it is up must reach a clean shutdown, never the default end of the process (lock held, no backup).
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await hub.close();
    // The clean-shutdown backup: no command runs any more, so it is the hall's last state.
    await hub.backups?.onShutdown();
    db.close();
    releaseLock();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  let port: number;
  try {
    port = await hub.listen(settings.port);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      fatal(`Port ${settings.port} is already in use. Stop the other program or set LUOT_PORT.`);
    throw e;
  }
  const base = `${scheme}://localhost:${port}`;
  console.log(`
Lượt hub — ${config.hall.name.vi}${settings.demo ? '   ★ DEMO — hội trường trình diễn, không dùng cho hội trường thật / demo hall, not for real use ★' : ''}
  Kiosk          ${base}/kiosk/
  Counter        ${base}/counter/
  Display board  ${base}/display/
  Supervisor     ${base}/admin/
  API            ${base}/api/v1  (health: ${base}/healthz)
  LAN address    ${publicUrl}
  Data           ${settings.dataDir}
  Personal-data key  ${settings.keyFile} (key ${personalKey.keyId}; back it up apart from the backups)
  Backups        ${settings.backup.dir}${settings.backup.nightlyAt ? ` (nightly at ${settings.backup.nightlyAt}, ${settings.backup.keep} kept)` : ' (nightly backups off)'}${settings.backup.copyDir ? `, copied to ${settings.backup.copyDir}` : ''}`);
  if (certificate) {
    const source = settings.tls?.kind === 'files' ? settings.tls.certPath : `self-signed, ${join(settings.dataDir, 'tls', 'hub-cert.pem')}${certificate.created ? ' (made now)' : ''}`;
    console.log(`  TLS            ${source}`);
    console.log(`  SHA-256        ${certificate.fingerprint}   (check it on each PC when enrolling the certificate)`);
  }
  if (hub.generatedAdminPassword) console.log(`  Admin password (shown once): admin / ${hub.generatedAdminPassword}`);
  // Only the demo's published passwords and tokens are printed: a real hall's stay out of the console and its logs.
  if (settings.demo) {
    const demoStaff = config.staff.filter((s) => s.password);
    if (demoStaff.length > 0) {
      console.log(
        '  Demo sign-in:   ' +
          demoStaff
            .map((s) => `${s.username}/${s.password}`)
            .slice(0, 4)
            .join(', ') +
          (demoStaff.length > 4 ? ', …' : ''),
      );
    }
    for (const d of config.devices.filter((d) => d.token && d.role !== 'counter'))
      console.log(`  Demo ${d.role} token: ${d.token}  (${base}/${d.role}/?token=${d.token})`);
  } else if (config.staff.some((s) => s.password)) {
    console.log('  Accounts with a password from the config file must change it at their first sign-in.');
  }
}

main().catch((e: unknown) => fatal(e instanceof Error ? (e.stack ?? e.message) : String(e)));
