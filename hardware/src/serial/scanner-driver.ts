/**
 * A 2D barcode scanner on a serial port (or a USB scanner in "virtual COM"
 * mode): one scan per line, UTF-8, ended by CR, LF or CR LF, no checksum.
 * The chip ID card's QR is a `|`-separated line with Vietnamese names.
 */
import { LineDevice, type LineOutcome, type SerialPortConfig } from './line-device';

/** Longest scan accepted, in bytes; a CCCD QR is ~150 bytes, a dossier QR less. */
export const MAX_SCAN_BYTES = 2048;

export function checkScanLine(line: string): { text: string } | { problem: string } {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(line)) return { problem: 'control characters in a scan' };
  const text = line.trim();
  if (text.length === 0) return { problem: 'empty scan' };
  return { text };
}

export class ScannerDriver extends LineDevice {
  constructor(config: SerialPortConfig, now?: () => number) {
    super('scanner', config, MAX_SCAN_BYTES, now);
  }

  protected parseLine(line: string): LineOutcome {
    const checked = checkScanLine(line);
    if ('problem' in checked) return checked;
    return { event: { type: 'scan', text: checked.text, at: this.now() } };
  }
}
