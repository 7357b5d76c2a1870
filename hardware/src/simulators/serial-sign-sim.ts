/**
 * Simulated LED counter sign: keeps what it shows and acknowledges each
 * frame with `A<counter>:<text>*HH`. `silent` makes it a sign that shows
 * but never answers (a broken TX wire), for timeout tests.
 */
import { encodeChecksummedLine, verifyChecksummedLine } from '../serial/line-framing';
import { SerialDeviceSimulator } from './serial-device-simulator';

const SHOW_LINE = /^S(\d{1,3}):([A-Z0-9 .-]{0,8})$/;

export class SignSimulator extends SerialDeviceSimulator {
  /** What the sign shows now ('' = blank). */
  shown = '';
  /** Everything it has shown, oldest first. */
  readonly history: string[] = [];
  silent = false;

  protected override onHostLine(line: string): void {
    const checked = verifyChecksummedLine(line);
    if (!checked.ok) return;
    const m = SHOW_LINE.exec(checked.payload);
    if (!m) return;
    this.shown = m[2] as string;
    this.history.push(this.shown);
    if (!this.silent) this.sendRaw(encodeChecksummedLine(`A${m[1]}:${this.shown}`)).catch(() => {});
  }
}
