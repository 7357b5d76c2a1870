/**
 * Where the API document and the reference page's renderer are on disk,
 * resolved from the hub-server package (not from the running file), so the
 * same paths hold from source (tsx) and from the bundle (dist/main.mjs).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { HUB_DIR } from '../core/paths';

/** hub-server/openapi.yaml: the one description of the HTTP API. */
export const OPENAPI_PATH = join(HUB_DIR, 'openapi.yaml');

/** swagger-ui-dist's folder, found the way Node finds the package from hub-server. */
export function swaggerUiDir(): string {
  return dirname(createRequire(join(HUB_DIR, 'package.json')).resolve('swagger-ui-dist/package.json'));
}
