import type { PrinterState } from '@luot/protocol';

/**
 * ESC/POS real-time status (`DLE EOT n`, bytes 10 04 n). The printer answers
 * each query with one byte in which bits 1 and 4 are always set and bits 0
 * and 7 are always clear; we use that to reject stray bytes.
 */
export const DLE_EOT = (n: 1 | 2 | 3 | 4): Buffer => Buffer.of(0x10, 0x04, n);

export const isStatusByte = (byte: number): boolean => (byte & 0b1001_0011) === 0b0001_0010;

/** The answers to DLE EOT 1..4 (n=3 may be missing: not every printer reports it). */
export interface StatusBytes {
  printer: number;
  offlineCause: number;
  errorCause?: number;
  paper: number;
}

const bit = (byte: number | undefined, n: number) => byte !== undefined && (byte & (1 << n)) !== 0;

/** Reads the printer state from its status bytes, most serious first. */
export function stateFromStatusBytes(s: StatusBytes): { state: PrinterState; detail?: string } {
  if (bit(s.offlineCause, 2)) return { state: 'cover_open' };
  // n=4 bits 5–6: roll paper end; n=2 bit 5: printing stopped by paper end.
  if (bit(s.paper, 5) || bit(s.paper, 6) || bit(s.offlineCause, 5)) return { state: 'paper_out' };
  if (bit(s.offlineCause, 6) || bit(s.errorCause, 3) || bit(s.errorCause, 5) || bit(s.errorCause, 6)) {
    const detail = bit(s.errorCause, 3) ? 'autocutter error' : bit(s.errorCause, 5) ? 'unrecoverable error' : 'printer error';
    return { state: 'error', detail };
  }
  if (bit(s.printer, 3)) return { state: 'offline', detail: 'the printer reports it is offline' };
  if (bit(s.paper, 2) || bit(s.paper, 3)) return { state: 'paper_near_end' };
  return { state: 'online' };
}

/** The bytes a printer in a given state answers; used by the simulator. */
export function statusBytesFor(state: PrinterState): Required<StatusBytes> {
  const base = 0b0001_0010;
  const s = { printer: base, offlineCause: base, errorCause: base, paper: base };
  switch (state) {
    case 'cover_open':
      return { ...s, printer: base | 0x08, offlineCause: base | 0x04 };
    case 'paper_out':
      return { ...s, printer: base | 0x08, offlineCause: base | 0x20, paper: base | 0x6c };
    case 'paper_near_end':
      return { ...s, paper: base | 0x0c };
    case 'error':
      return { ...s, printer: base | 0x08, offlineCause: base | 0x40, errorCause: base | 0x08 };
    case 'offline':
      return { ...s, printer: base | 0x08 };
    case 'online':
      return s;
  }
}
