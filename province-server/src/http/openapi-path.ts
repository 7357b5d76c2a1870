/** Where the province's API document is, for its contract tests and readers. */
import { resolve } from 'node:path';

export const PROVINCE_OPENAPI_PATH = resolve(import.meta.dirname, '../../openapi.yaml');
