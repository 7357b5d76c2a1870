/** Simulated counter keypad: `press('NEXT')` sends `K005:NEXT*HH\r\n`. */
import type { KeypadKey } from '@luot/protocol';
import { encodeChecksummedLine } from '../serial/line-framing';
import { SerialDeviceSimulator } from './serial-device-simulator';

export class KeypadSimulator extends SerialDeviceSimulator {
  constructor(
    path: string,
    readonly counter: number,
  ) {
    super(path);
  }

  press(key: KeypadKey, counter = this.counter): Promise<void> {
    return this.sendRaw(encodeChecksummedLine(`K${String(counter).padStart(3, '0')}:${key}`));
  }
}
