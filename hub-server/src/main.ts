/**
 * The hub process: read settings → load the hall config → open the database
 * → migrate → createHub().listen(). Clear messages for the usual mistakes.
 */
import { accessSync, constants, mkdirSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { systemClock } from './core/clock';
import { loadHallConfig } from './core/config/load-hall-config';
import { openDatabase } from './core/db/open';
import { createHub } from './hub';
import { createLogger } from './core/logger';
import { readSettings } from './core/settings';

const HELP = `Lượt hub — the queue server of the hall.

Usage: npm run hub            (or: tsx hub-server/src/main.ts)

Environment:
  LUOT_PORT            port to listen on (default 8080)
  LUOT_DATA_DIR        database and backups (default ./data)
  LUOT_CONFIG          the hall's config file, JSON or YAML (default: the bundled demo hall)
  LUOT_ADMIN_PASSWORD  the admin's password on first start (default: a random one, printed once)
  LUOT_PUBLIC_URL      base URL printed in ticket QR codes (default: http://<this machine's LAN address>:<port>)
  LUOT_PROVINCE_URL    the province server (https://…) to ship the hall's events to (default: none)
  LUOT_PROVINCE_TOKEN  this hall's token, given by the province at enrolment (with LUOT_PROVINCE_URL)
`;

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
  try {
    mkdirSync(settings.dataDir, { recursive: true });
    accessSync(settings.dataDir, constants.W_OK);
  } catch {
    return fatal(`The data directory ${settings.dataDir} cannot be written. Set LUOT_DATA_DIR to a writable folder.`);
  }
  const db = openDatabase(join(settings.dataDir, 'luot.sqlite'));
  const host = lanAddress();
  const publicUrl = settings.publicUrl ?? `http://${host}:${settings.port}`;
  const hub = await createHub({
    db,
    clock: systemClock,
    config,
    logger,
    publicUrl,
    ...(settings.socketCommandLimit ? {} : { socketCommandRate: null }),
    ...(settings.province ? { province: settings.province } : {}),
    ...(settings.adminPassword ? { adminPassword: settings.adminPassword } : {}),
    ...(process.env.LUOT_PRINTED_DIR ? { printedDir: process.env.LUOT_PRINTED_DIR } : {}),
  });
  let port: number;
  try {
    port = await hub.listen(settings.port);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') fatal(`Port ${settings.port} is already in use. Stop the other program or set LUOT_PORT.`);
    throw e;
  }
  const base = `http://localhost:${port}`;
  console.log(`
Lượt hub — ${config.hall.name.vi}
  Kiosk          ${base}/kiosk/
  Counter        ${base}/counter/
  Display board  ${base}/display/
  Supervisor     ${base}/admin/
  API            ${base}/api/v1  (health: ${base}/healthz)
  LAN address    ${publicUrl}
  Data           ${settings.dataDir}`);
  if (hub.generatedAdminPassword) console.log(`  Admin password (shown once): admin / ${hub.generatedAdminPassword}`);
  // Demo halls ship initial passwords and device tokens: say them so a newcomer can sign in.
  const demoStaff = config.staff.filter((s) => s.password);
  if (demoStaff.length > 0) {
    console.log('  Demo sign-in:   ' + demoStaff.map((s) => `${s.username}/${s.password}`).slice(0, 4).join(', ') + (demoStaff.length > 4 ? ', …' : ''));
  }
  for (const d of config.devices.filter((d) => d.token && d.role !== 'counter')) console.log(`  Demo ${d.role} token: ${d.token}  (${base}/${d.role}/?token=${d.token})`);
  const shutdown = async () => {
    await hub.close();
    db.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((e: unknown) => fatal(e instanceof Error ? e.stack ?? e.message : String(e)));
