import type { PrinterStatus } from '@luot/protocol';
import type { PrinterType } from './escpos/thermal-builder';
import { asbLength, ESC_ACK_SOH, isAsbByte, stateFromAsb } from './star-status';
import { DLE_EOT, isStatusByte, stateFromStatusBytes } from './status-bytes';
import type { PrinterConnection } from './transport/connection';

/**
 * Asks the printer for its state over an open link: `DLE EOT` 1, 2 and 4,
 * then 3 only when something is wrong. No answer within the deadline means
 * the printer is offline (a network printer that accepts a connection but
 * never answers is as good as off).
 */
export async function queryStatus(connection: PrinterConnection, timeoutMs: number, now: () => number = Date.now, type: PrinterType = 'epson'): Promise<PrinterStatus> {
  if (!connection.canQuery) {
    return { state: 'online', checkedAt: now(), detail: 'reachable; a device file does not report paper or cover state' };
  }
  if (type === 'star') return queryStarStatus(connection, timeoutMs, now);
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

/**
 * Star Line Mode does not answer `DLE EOT`; it sends its automatic status
 * (ASB, see star-status.ts) when asked with `ESC ACK SOH`. The header byte
 * says how many bytes follow; all of them must come within the deadline.
 */
async function queryStarStatus(connection: PrinterConnection, timeoutMs: number, now: () => number): Promise<PrinterStatus> {
  const deadline = now() + timeoutMs;
  const header = await connection.query(ESC_ACK_SOH, timeoutMs);
  const length = header === null ? null : asbLength(header);
  if (header === null || length === null) {
    const why = header === null ? `no status answer within ${timeoutMs} ms` : `answer 0x${header.toString(16)} is not a Star automatic status (is the printer in ESC/POS mode? then use type epson)`;
    return { state: 'offline', checkedAt: now(), detail: why };
  }
  const asb = [header];
  while (asb.length < length) {
    const left = deadline - now();
    const byte = left > 0 ? await connection.readByte(left) : null;
    if (byte === null || !isAsbByte(byte)) return { state: 'offline', checkedAt: now(), detail: 'the printer stopped answering status queries' };
    asb.push(byte);
  }
  const { state, detail } = stateFromAsb(Uint8Array.from(asb));
  return detail ? { state, checkedAt: now(), detail } : { state, checkedAt: now() };
}
