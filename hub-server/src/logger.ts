import pino from 'pino';

export type Logger = pino.Logger;

/**
 * JSON logs to stdout. Personal data never goes in: log ids and codes, not
 * names, ID numbers, birth dates or addresses.
 */
export function createLogger(level: string = process.env.LUOT_LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { app: 'luot-hub' }, redact: ['req.headers.authorization', '*.password', '*.token'] });
}
