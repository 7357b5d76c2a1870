import type { PrinterStatus } from '@luot/protocol';
import { DLE_EOT, isStatusByte, stateFromStatusBytes } from './status-bytes';
import type { PrinterConnection } from './transport/connection';

/**
 * Asks the printer for its state over an open link: `DLE EOT` 1, 2 and 4,
 * then 3 only when something is wrong. No answer within the deadline means
 * the printer is offline (a network printer that accepts a connection but
 * never answers is as good as off).
 */
export async function queryStatus(connection: PrinterConnection, timeoutMs: number, now: () => number = Date.now): Promise<PrinterStatus> {
  if (!connection.canQuery) {
    return { state: 'online', checkedAt: now(), detail: 'reachable; a device file does not report paper or cover state' };
  }
  const deadline = now() + timeoutMs;
  const ask = async (n: 1 | 2 | 3 | 4): Promise<number | null> => {
    const left = deadline - now();
    if (left <= 0) return null;
    const byte = await connection.query(DLE_EOT(n), left);
    return byte !== null && isStatusByte(byte) ? byte : null;
  };
  const printer = await ask(1);
  if (printer === null) return { state: 'offline', checkedAt: now(), detail: `no status answer within ${timeoutMs} ms` };
  const offlineCause = await ask(2);
  const paper = await ask(4);
  if (offlineCause === null || paper === null) {
    return { state: 'offline', checkedAt: now(), detail: 'the printer stopped answering status queries' };
  }
  const hasError = (offlineCause & 0x40) !== 0 || (printer & 0x08) !== 0;
  const errorCause = hasError ? ((await ask(3)) ?? undefined) : undefined;
  const { state, detail } = stateFromStatusBytes({ printer, offlineCause, paper, ...(errorCause !== undefined ? { errorCause } : {}) });
  return detail ? { state, checkedAt: now(), detail } : { state, checkedAt: now() };
}
