/** Simulated rating pad: `rate(5)` sends `R5*HH\r\n` (5 = Rất hài lòng). */
import { encodeChecksummedLine } from '../serial/line-framing';
import { SerialDeviceSimulator } from './serial-device-simulator';

export class RatingPadSimulator extends SerialDeviceSimulator {
  rate(value: number): Promise<void> {
    return this.sendRaw(encodeChecksummedLine(`R${value}`));
  }
}
