/**
 * Tells a USB 2D scanner in keyboard mode from a person typing. A scanner
 * "types" a whole code in a burst (a few ms between keys) and ends it with
 * Enter; people are slower than ~50 ms per key even when fast. This parser
 * is pure: feed it each key (KeyboardEvent.key) with its timestamp and it
 * says when a burst was a scan. No DOM, no timers.
 *
 * @example
 * const scanner = createKeystrokeScanner();
 * window.addEventListener('keydown', (e) => {
 *   const r = scanner.feed(e.key, e.timeStamp);
 *   if (r.kind === 'scan') onScan(r.text);
 *   if (r.kind !== 'key') e.preventDefault();
 * });
 */

export interface KeystrokeScannerOptions {
  /** Longest gap between two keys of one scan, ms. */
  maxGapMs?: number;
  /** Shortest text that counts as a scan (a ticket code is 4, an ID QR ~100). */
  minLength?: number;
  /** Longest scan kept; longer bursts are dropped as noise. */
  maxLength?: number;
  /** Keys that end a scan. Scanners send Enter by default; some are set to Tab. */
  terminators?: readonly string[];
}

export type FeedResult =
  /** A scan ended with this key. */
  | { kind: 'scan'; text: string; durationMs: number }
  /** The key came fast after the previous one: likely a scanner's; a caller may keep it out of text fields. */
  | { kind: 'burst' }
  /**
   * A key at a person's pace, or a terminator that ended no scan. The first
   * key of a scan also lands here: only the next key's timing tells.
   */
  | { kind: 'key' };

/** Keys a scanner emits around characters (Shift for capitals) that say nothing about timing. */
const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'NumLock', 'Dead', 'Unidentified']);

export interface KeystrokeScanner {
  feed(key: string, at: number): FeedResult;
  /** Forgets a burst in progress, e.g. when the screen changes. */
  reset(): void;
}

export function createKeystrokeScanner(options: KeystrokeScannerOptions = {}): KeystrokeScanner {
  const maxGapMs = options.maxGapMs ?? 40;
  const minLength = options.minLength ?? 4;
  const maxLength = options.maxLength ?? 2048;
  const terminators = new Set(options.terminators ?? ['Enter']);

  let chars: string[] = [];
  let startedAt = 0;
  let lastAt = Number.NEGATIVE_INFINITY;
  let overflow = false;

  const reset = (): void => {
    chars = [];
    overflow = false;
    lastAt = Number.NEGATIVE_INFINITY;
  };

  const feed = (key: string, at: number): FeedResult => {
    if (MODIFIER_KEYS.has(key)) return { kind: chars.length > 1 ? 'burst' : 'key' };
    const gap = at - lastAt;
    const inBurst = chars.length > 0 && gap >= 0 && gap <= maxGapMs;

    if (terminators.has(key)) {
      const text = chars.join('');
      const durationMs = lastAt - startedAt;
      const isScan = inBurst && !overflow && chars.length >= minLength;
      reset();
      return isScan ? { kind: 'scan', text, durationMs } : { kind: 'key' };
    }

    // One code point: a printable character, including precomposed
    // Vietnamese letters. Named keys (Backspace, arrows) end any burst.
    if ([...key].length !== 1) {
      reset();
      return { kind: 'key' };
    }

    if (!inBurst) {
      // A slow key starts a new candidate burst: a person's key, or the
      // first key of a scan (which only the next key's timing can tell).
      chars = [key];
      overflow = false;
      startedAt = at;
      lastAt = at;
      return { kind: 'key' };
    }
    if (chars.length >= maxLength) overflow = true;
    else chars.push(key);
    lastAt = at;
    return { kind: 'burst' };
  };

  return { feed, reset };
}
