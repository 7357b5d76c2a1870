/** The board's folder, and its build for browser tests (rebuilt when older than its sources). */
import { join } from 'node:path';
import { REPO_ROOT, ensureAppBuilt } from './web-apps';

export const BOARD_ROOT = join(REPO_ROOT, 'display-board');
export const ensureBoardBuilt = (): void => ensureAppBuilt('display-board');
