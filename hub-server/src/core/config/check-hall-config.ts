/**
 * Checks a hall config file without starting a hub, so the start command
 * can refuse a bad LUOT_CONFIG before it builds or starts anything:
 *
 *   node --import tsx hub-server/src/core/config/check-hall-config.ts hall.yaml
 *
 * Exit 0 when the file is valid; otherwise every problem (field, line,
 * reason) on stderr and exit 1.
 */
import { HallConfigError } from './hall-config-error';
import { loadHallConfig } from './load-hall-config';

const file = process.argv[2];
if (file === undefined || file === '') {
  console.error('Usage: check-hall-config <hall config file (.yaml, .yml or .json)>');
  process.exit(2);
}
try {
  loadHallConfig(file);
} catch (error) {
  if (!(error instanceof HallConfigError)) throw error;
  console.error(`\n✖ ${error.message}\n`);
  process.exit(1);
}
