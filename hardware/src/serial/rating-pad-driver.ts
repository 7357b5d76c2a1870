/**
 * The rating pad: `R<value>*HH` lines with the value on the 5-level scale
 * (5 Rất hài lòng … 1 Rất không hài lòng). A 3-key pad sends 5, 3 and 1
 * only (protocol's RATINGS). See docs/serial-protocols.md, "Rating pad".
 */
import type { RatingScale } from '@luot/protocol';
import { verifyChecksummedLine } from './line-framing';
import { LineDevice, type LineOutcome, type SerialPortConfig } from './line-device';

export interface RatingPadConfig extends SerialPortConfig {
  /** 3 keys (default) or 5 keys; DOMAIN.md "Ratings". */
  scale?: RatingScale;
}

const RATING_LINE = /^R([1-5])$/;
const THREE_LEVEL_VALUES = new Set([1, 3, 5]);

export function parseRatingLine(line: string, scale: RatingScale): { value: number } | { problem: string } {
  const checked = verifyChecksummedLine(line);
  if (!checked.ok) return { problem: checked.reason };
  const m = RATING_LINE.exec(checked.payload);
  if (!m) return { problem: 'not a rating frame R<1-5>' };
  const value = Number(m[1]);
  if (scale === 3 && !THREE_LEVEL_VALUES.has(value)) return { problem: `value ${value} is not on the 3-level scale` };
  return { value };
}

export class RatingPadDriver extends LineDevice {
  private readonly scale: RatingScale;

  constructor(config: RatingPadConfig, now?: () => number) {
    super('rating-pad', config, 64, now);
    this.scale = config.scale ?? 3;
  }

  protected parseLine(line: string): LineOutcome {
    const parsed = parseRatingLine(line, this.scale);
    if ('problem' in parsed) return parsed;
    return { event: { type: 'rating', value: parsed.value, at: this.now() } };
  }
}
