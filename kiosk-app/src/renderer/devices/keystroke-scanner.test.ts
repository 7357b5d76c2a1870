import { describe, expect, it } from 'vitest';
import { createKeystrokeScanner, type FeedResult, type KeystrokeScannerOptions } from './keystroke-scanner';

/** Feeds `text` one character every `gapMs` from `start`, then Enter after `enterGapMs`. */
function type(
  text: string,
  { gapMs, start = 1_000, enterGapMs = gapMs, options }: { gapMs: number; start?: number; enterGapMs?: number; options?: KeystrokeScannerOptions },
) {
  const scanner = createKeystrokeScanner(options);
  const results: FeedResult[] = [];
  let at = start;
  for (const ch of text) {
    results.push(scanner.feed(ch, at));
    at += gapMs;
  }
  results.push(scanner.feed('Enter', at - gapMs + enterGapMs));
  return { scanner, results, last: results[results.length - 1] };
}

const cccd = '046201000152||Võ Việt Dũng|30072001|Nam|Thôn 1, Xã A, Huyện B, Tỉnh C|10072021';

describe('keystroke scanner', () => {
  it('reads a chip ID card QR typed by a scanner at 5 ms per key, Vietnamese included', () => {
    const { last, results } = type(cccd, { gapMs: 5 });
    expect(last).toEqual({ kind: 'scan', text: cccd, durationMs: 5 * ([...cccd].length - 1) });
    expect(results[0]).toEqual({ kind: 'key' });
    expect(results.slice(1, -1).every((r) => r.kind === 'burst')).toBe(true);
  });

  it('does not take a person typing at 120 ms per key for a scan', () => {
    const { last, results } = type('A015', { gapMs: 120 });
    expect(last).toEqual({ kind: 'key' });
    expect(results.every((r) => r.kind === 'key')).toBe(true);
  });

  it('refuses a fast burst shorter than the minimum length', () => {
    expect(type('A01', { gapMs: 5 }).last).toEqual({ kind: 'key' });
    expect(type('A015', { gapMs: 5 }).last).toMatchObject({ kind: 'scan', text: 'A015' });
  });

  it('refuses a burst whose Enter comes late (a person pressing Enter after a paste)', () => {
    expect(type('A015B016', { gapMs: 5, enterGapMs: 300 }).last).toEqual({ kind: 'key' });
  });

  it('restarts at a slow key, so a person typing before the scan does not leak into it', () => {
    const scanner = createKeystrokeScanner();
    scanner.feed('x', 0);
    scanner.feed('y', 200);
    let at = 900;
    for (const ch of 'B042') {
      scanner.feed(ch, at);
      at += 8;
    }
    expect(scanner.feed('Enter', at)).toMatchObject({ kind: 'scan', text: 'B042' });
  });

  it('treats the gap limit as inclusive and one millisecond more as a person', () => {
    expect(type('ABCDE', { gapMs: 40 }).last).toMatchObject({ kind: 'scan', text: 'ABCDE' });
    expect(type('ABCDE', { gapMs: 41 }).last).toEqual({ kind: 'key' });
    expect(type('ABCDE', { gapMs: 60, options: { maxGapMs: 60 } }).last).toMatchObject({ kind: 'scan' });
  });

  it('ignores Shift between characters but lets Backspace break a burst', () => {
    const scanner = createKeystrokeScanner();
    const keys: [string, number][] = [['Shift', 0], ['A', 2], ['0', 6], ['Shift', 8], ['B', 10], ['1', 14], ['Enter', 18]];
    const results = keys.map(([k, t]) => scanner.feed(k, t));
    expect(results.at(-1)).toEqual({ kind: 'scan', text: 'A0B1', durationMs: 12 });

    const again = createKeystrokeScanner();
    for (const [k, t] of [['A', 0], ['0', 5], ['Backspace', 10], ['1', 15], ['5', 20]] as [string, number][]) again.feed(k, t);
    expect(again.feed('Enter', 25)).toEqual({ kind: 'key' });
  });

  it('drops a burst longer than the maximum as noise and then reads the next scan', () => {
    const scanner = createKeystrokeScanner({ maxLength: 10 });
    let at = 0;
    for (const ch of 'x'.repeat(50)) scanner.feed(ch, (at += 3));
    expect(scanner.feed('Enter', (at += 3))).toEqual({ kind: 'key' });
    at += 500;
    for (const ch of 'C777') scanner.feed(ch, (at += 3));
    expect(scanner.feed('Enter', at + 3)).toMatchObject({ kind: 'scan', text: 'C777' });
  });

  it('accepts Tab as the terminator when configured, and reset() forgets a burst', () => {
    expect(type('D123', { gapMs: 4, options: { terminators: ['Tab'] } }).last).toEqual({ kind: 'key' });
    const scanner = createKeystrokeScanner({ terminators: ['Tab'] });
    for (const [i, ch] of [...'D123'].entries()) scanner.feed(ch, i * 4);
    expect(scanner.feed('Tab', 16)).toMatchObject({ kind: 'scan', text: 'D123' });
    for (const [i, ch] of [...'D124'].entries()) scanner.feed(ch, 100 + i * 4);
    scanner.reset();
    expect(scanner.feed('Tab', 116)).toEqual({ kind: 'key' });
  });

  it('does not treat timestamps going backwards as a burst', () => {
    const scanner = createKeystrokeScanner();
    for (const [ch, t] of [['A', 100], ['B', 90], ['C', 80], ['D', 70]] as [string, number][]) scanner.feed(ch, t);
    expect(scanner.feed('Enter', 60)).toEqual({ kind: 'key' });
  });
});
