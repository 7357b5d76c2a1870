/** Simulated serial 2D scanner: `scan(text)` sends the text and CR LF, like a scanner in serial mode. */
import { SerialDeviceSimulator } from './serial-device-simulator';

export class ScannerSimulator extends SerialDeviceSimulator {
  scan(text: string, terminator: '\r\n' | '\r' | '\n' = '\r\n'): Promise<void> {
    return this.sendRaw(Buffer.from(`${text}${terminator}`, 'utf8'));
  }
}
