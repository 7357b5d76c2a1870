/**
 * The hub's public entry for other workspaces (the test kit, the bench, the
 * apps' browser tests). Other packages import the hub only from here, so the
 * hub's own folders can move without breaking them.
 */
export { createHub, type Hub, type HubOptions } from './hub';
export type { BackupSettings } from './backups/backup-service';
export { ManualClock, systemClock, type Clock } from './core/clock';
export { openDatabase, type Db } from './core/db/open';
export { createLogger, type Logger } from './core/logger';
export { DEMO_HALL_CONFIG_PATH, loadHallConfig, parseHallConfig } from './core/config/load-hall-config';
export { hallConfigSchema, type HallConfig, type HallConfigInput } from './core/config/hall-config-schema';
export { TICKET_PAGE_POLL_SECONDS } from './pages/ticket-page';
export { OPENAPI_PATH } from './api-docs/api-docs-paths';
export { selfSignedCertificate, type HubCertificate } from './core/transport/hub-certificate';
