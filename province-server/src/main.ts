/**
 * The province server process: PROVINCE_DATABASE_URL → migrate → listen.
 * PostgreSQL runs on its own (with its own replication and backups); this
 * process holds no state of its own.
 */
import { createPool } from './db/pool';
import { createProvince } from './province';

const HELP = `Lượt — máy chủ cấp tỉnh / province server

Environment:
  PROVINCE_DATABASE_URL    postgres://user:password@host:5432/luot_province (required)
  PROVINCE_PORT            port to listen on (default 8090)
  PROVINCE_ADMIN_PASSWORD  with no account yet, makes the province admin "admin" with this password
`;

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(HELP);
    return;
  }
  const url = process.env.PROVINCE_DATABASE_URL;
  if (!url) {
    console.error(`\n✖ PROVINCE_DATABASE_URL is not set.\n\n${HELP}`);
    process.exit(1);
  }
  const rawPort = process.env.PROVINCE_PORT ?? '8090';
  if (!/^\d+$/.test(rawPort) || Number(rawPort) > 65535) {
    console.error(`\n✖ PROVINCE_PORT must be a port number 0–65535, got "${rawPort}".\n`);
    process.exit(1);
  }
  const pool = createPool(url);
  const province = await createProvince({
    pool,
    ...(process.env.PROVINCE_ADMIN_PASSWORD ? { adminPassword: process.env.PROVINCE_ADMIN_PASSWORD } : {}),
  });
  const port = await province.listen(Number(rawPort));
  console.log(`Lượt province server — http://localhost:${port}/  (ingest: /api/v1/ingest)`);
  const shutdown = async () => {
    await province.close();
    await pool.end();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((e: unknown) => {
  console.error(`\n✖ ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
