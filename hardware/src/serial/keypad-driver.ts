/**
 * The counter keypad: `K<counter>:<KEY>*HH` lines, e.g. `K005:NEXT*43`.
 * See docs/serial-protocols.md, "Counter keypad".
 */
import { KEYPAD_KEYS, type KeypadKey } from '@luot/protocol';
import { verifyChecksummedLine } from './line-framing';
import { LineDevice, type LineOutcome, type SerialPortConfig } from './line-device';

export interface KeypadConfig extends SerialPortConfig {
  /** The counter this terminal serves; a keypad reporting another counter is refused. */
  counter?: number;
}

const KEYPAD_LINE = /^K(\d{1,3}):([A-Z]{1,16})$/;

/** Reads one keypad line (without CR LF); exported for the simulator's tests and docs. */
export function parseKeypadLine(line: string, expectedCounter?: number): { key: KeypadKey; counter: number } | { problem: string } {
  const checked = verifyChecksummedLine(line);
  if (!checked.ok) return { problem: checked.reason };
  const m = KEYPAD_LINE.exec(checked.payload);
  if (!m) return { problem: 'not a keypad frame K<counter>:<KEY>' };
  const counter = Number(m[1]);
  const key = m[2] as string;
  if (counter < 1) return { problem: 'counter must be 1..999' };
  if (!(KEYPAD_KEYS as readonly string[]).includes(key)) return { problem: `unknown key ${key}` };
  if (expectedCounter !== undefined && counter !== expectedCounter) {
    return { problem: `keypad of counter ${counter} on counter ${expectedCounter}'s port` };
  }
  return { key: key as KeypadKey, counter };
}

export class KeypadDriver extends LineDevice {
  constructor(
    private readonly config: KeypadConfig,
    now?: () => number,
  ) {
    super('keypad', config, 64, now);
  }

  protected parseLine(line: string): LineOutcome {
    const parsed = parseKeypadLine(line, this.config.counter);
    if ('problem' in parsed) return parsed;
    return { event: { type: 'keypad', key: parsed.key, counter: parsed.counter, at: this.now() } };
  }
}
