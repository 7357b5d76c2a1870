/**
 * The LED counter sign. The host sends `S<counter>:<text>*HH` (text empty
 * to blank the sign); the sign answers `A<counter>:<text>*HH` once it shows
 * it. See docs/serial-protocols.md, "LED counter sign".
 */
import { fail, luotError, ok, type Result } from '@luot/protocol';
import { encodeChecksummedLine, verifyChecksummedLine } from './line-framing';
import { LineDevice, type LineOutcome, type SerialPortConfig } from './line-device';

export interface SignConfig extends SerialPortConfig {
  counter: number;
  /** How long to wait for the sign's acknowledgement, ms. */
  ackTimeoutMs?: number;
}

/** What a 7-segment / dot-matrix sign can show: ticket codes, digits, a dash, a blank. */
export const SIGN_TEXT_PATTERN = /^[A-Z0-9 .-]{0,8}$/;

const ACK_LINE = /^A(\d{1,3}):([A-Z0-9 .-]{0,8})$/;

export function encodeSignLine(counter: number, text: string): string {
  return encodeChecksummedLine(`S${String(counter).padStart(3, '0')}:${text}`);
}

interface PendingAck {
  text: string;
  resolve: (result: Result<void>) => void;
  timer: NodeJS.Timeout;
}

/** How many times a reopened port re-sends the wanted text before giving up until the next open. */
const RESTORE_ATTEMPTS = 5;

export class SignDriver extends LineDevice {
  private pending: PendingAck[] = [];
  /** What the sign should show; re-sent after a replug so it is never stale. */
  private wanted: string | null = null;
  /** Counts opens, so a restore started by an earlier open stops. */
  private openings = 0;

  constructor(
    private readonly config: SignConfig,
    now?: () => number,
  ) {
    super('sign', config, 64, now);
  }

  /** Shows `text` (upper-cased) and waits for the sign to confirm it. */
  async show(rawText: string): Promise<Result<void>> {
    const text = rawText.trim().toUpperCase();
    if (!SIGN_TEXT_PATTERN.test(text)) {
      return fail(
        luotError(
          'invalid_payload',
          { vi: 'Bảng LED chỉ hiện tối đa 8 ký tự A–Z, 0–9.', en: 'The sign shows at most 8 characters A–Z, 0–9.' },
          'text',
        ),
      );
    }
    this.wanted = text;
    const acked = new Promise<Result<void>>((resolve) => {
      const timer = setTimeout(() => {
        this.pending = this.pending.filter((p) => p.timer !== timer);
        resolve(fail(signError('the sign did not confirm in time')));
      }, this.config.ackTimeoutMs ?? 1_000);
      this.pending.push({ text, resolve, timer });
    });
    try {
      await this.port.write(encodeSignLine(this.config.counter, text));
    } catch (err) {
      this.settle(text, fail(signError(err instanceof Error ? err.message : String(err))));
    }
    return acked;
  }

  override async close(): Promise<void> {
    for (const p of this.pending) {
      clearTimeout(p.timer);
      p.resolve(fail(signError('the sign driver was closed')));
    }
    this.pending = [];
    await super.close();
  }

  protected override onOpen(): void {
    const opening = ++this.openings;
    void this.restoreWanted(opening);
  }

  /**
   * After a (re)open, shows what the sign should show until it confirms: a
   * sign that powers up a moment after its USB adapter misses a single write
   * (and the port's open may flush what was waiting). Stops at a later open,
   * a newer `show`, a drop, or after RESTORE_ATTEMPTS tries.
   */
  private async restoreWanted(opening: number): Promise<void> {
    for (let attempt = 0; attempt < RESTORE_ATTEMPTS; attempt++) {
      const text = this.wanted;
      if (text === null || opening !== this.openings || !this.connected) return;
      if ((await this.show(text)).ok || this.wanted !== text) return;
    }
  }

  protected parseLine(line: string): LineOutcome {
    const checked = verifyChecksummedLine(line);
    if (!checked.ok) return { problem: checked.reason };
    const m = ACK_LINE.exec(checked.payload);
    if (!m) return { problem: 'not a sign acknowledgement A<counter>:<text>' };
    if (Number(m[1]) !== this.config.counter) return { problem: `acknowledgement from counter ${m[1]}'s sign` };
    this.settle(m[2] as string, ok(undefined));
    return { ignore: true };
  }

  private settle(text: string, result: Result<void>): void {
    const index = this.pending.findIndex((p) => p.text === text);
    if (index < 0) return;
    const [p] = this.pending.splice(index, 1);
    if (!p) return;
    clearTimeout(p.timer);
    p.resolve(result);
  }
}

function signError(why: string) {
  return luotError('device_error', { vi: `Bảng LED của quầy không phản hồi (${why}).`, en: `The counter sign did not respond (${why}).` });
}
