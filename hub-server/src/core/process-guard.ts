/**
 * The last line of defence: an error nothing caught (a throw in a callback,
 * a rejected promise nobody awaited) leaves the hub in a state no one can
 * vouch for. It is logged and the process exits non-zero, so the service
 * manager (systemd `Restart=on-failure`, a Windows service wrapper) starts a
 * fresh hub: every acknowledged command is already committed, and clients
 * reconnect and retry by commandId.
 */
import type { Logger } from './logger';

/** The exit code of a hub that stopped on an uncaught error. */
export const CRASH_EXIT_CODE = 70;

/** The part of `process` the guard uses (tests pass a fake). */
export interface GuardedProcess {
  on(event: 'uncaughtException', listener: (err: Error) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  exit(code: number): void;
}

export function installProcessGuards(proc: GuardedProcess, logger: Logger): void {
  let stopping = false;
  const stop = (err: unknown, kind: string) => {
    try {
      logger.fatal({ err }, `${kind}: the hub stops so the service manager restarts it`);
      logger.flush?.();
    } catch {
      // The logger itself failed: still exit, the restart matters more.
    }
    if (stopping) return;
    stopping = true;
    proc.exit(CRASH_EXIT_CODE);
  };
  proc.on('uncaughtException', (err) => stop(err, 'uncaught exception'));
  proc.on('unhandledRejection', (reason) => stop(reason, 'unhandled rejection'));
}
