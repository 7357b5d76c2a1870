import pino from 'pino';

export type Logger = pino.Logger;

/**
 * JSON logs to stdout (or `destination`, for tests that read them). Personal
 * data never goes in: log ids and codes, not names, ID numbers, birth dates
 * or addresses (test/personal-data-logs.test.ts holds that).
 */
export function createLogger(level: string = process.env.LUOT_LOG_LEVEL ?? 'info', destination?: pino.DestinationStream): Logger {
  const options = { level, base: { app: 'luot-hub' }, redact: ['req.headers.authorization', '*.password', '*.token'] };
  return destination ? pino(options, destination) : pino(options);
}
