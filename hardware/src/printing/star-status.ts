import type { PrinterState } from '@luot/protocol';

/**
 * Star Line Mode status: `ESC ACK SOH` (1B 06 01) asks for the automatic
 * status (ASB) at once. Facts from Star's "STAR Line Mode Command
 * Specifications", appendix "Automatic Status":
 * - byte 1, header 1: bit 0 always 1, bits 4 and 7 always 0; bits 1–3 and 5
 *   give the number of bytes sent, header included (7 → 0x0F, 8 → 0x21,
 *   9 → 0x23; 7 ≤ n ≤ 15).
 * - byte 2, header 2: the status version (bits 0, 4, 7 always 0).
 * - byte 3, printer status 1: bit 3 offline, bit 5 cover open, bit 6 offline
 *   by switch input.
 * - byte 4, printer status 2 (errors): bit 2 mechanical, bit 3 auto-cutter,
 *   bit 5 unrecoverable, bit 6 stopped by head temperature.
 * - byte 6, printer status 4 (sensors): bit 1 paper near end (outer
 *   sensor), bit 2 paper near end (inner), bit 3 paper end.
 * Every byte after the header has bits 0, 4 and 7 at 0.
 */
export const ESC_ACK_SOH = Buffer.of(0x1b, 0x06, 0x01);

/** The byte count a header-1 byte announces (header included), or null when it is not a header. */
export function asbLength(header: number): number | null {
  if ((header & 0b1001_0001) !== 0b0000_0001) return null;
  const n = ((header >> 1) & 0b0111) | ((header >> 2) & 0b1000);
  return n >= 7 ? n : null;
}

/** Is this a plausible ASB byte after the header? */
export const isAsbByte = (byte: number): boolean => (byte & 0b1001_0001) === 0;

const bit = (byte: number | undefined, n: number) => byte !== undefined && (byte & (1 << n)) !== 0;

/** Reads the printer state from an ASB (header included), most serious first, as for Epson. */
export function stateFromAsb(asb: Uint8Array): { state: PrinterState; detail?: string } {
  const [, , printer, errors, , sensors] = asb;
  if (bit(printer, 5)) return { state: 'cover_open' };
  if (bit(sensors, 3)) return { state: 'paper_out' };
  if (bit(errors, 2) || bit(errors, 3) || bit(errors, 5) || bit(errors, 6)) {
    const detail = bit(errors, 3) ? 'autocutter error' : bit(errors, 5) ? 'unrecoverable error' : bit(errors, 6) ? 'print head too hot' : 'mechanical error';
    return { state: 'error', detail };
  }
  if (bit(printer, 3) || bit(printer, 6)) return { state: 'offline', detail: 'the printer reports it is offline' };
  if (bit(sensors, 1) || bit(sensors, 2)) return { state: 'paper_near_end' };
  return { state: 'online' };
}

/** The 9-byte ASB a Star printer in a given state sends; used by the simulator. */
export function asbFor(state: PrinterState): Buffer {
  // header 1 = 9 bytes, header 2 = version 1, then printer status 1–7.
  const asb = Buffer.of(0x23, 0x02, 0, 0, 0, 0, 0, 0, 0);
  const set = (index: number, mask: number) => {
    asb[index] = asb[index]! | mask;
  };
  switch (state) {
    case 'cover_open':
      set(2, 0x28);
      break;
    case 'paper_out':
      set(2, 0x08);
      set(5, 0x0c);
      break;
    case 'paper_near_end':
      set(5, 0x04);
      break;
    case 'error':
      set(2, 0x08);
      set(3, 0x08);
      break;
    case 'offline':
      set(2, 0x08);
      break;
    case 'online':
      break;
  }
  return asb;
}
