import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeChecksummedLine, lineChecksum, verifyChecksummedLine } from './line-framing';
import { LineSplitter } from './line-splitter';
import { parseKeypadLine } from './keypad-driver';
import { parseRatingLine } from './rating-pad-driver';
import { encodeSignLine } from './sign-driver';

describe('line framing (the examples in docs/serial-protocols.md)', () => {
  it('computes the XOR checksums the protocol document shows', () => {
    expect(lineChecksum('K005:NEXT')).toBe('43');
    expect(lineChecksum('R5')).toBe('67');
    expect(encodeSignLine(5, 'A015')).toBe('S005:A015*29\r\n');
    expect(encodeChecksummedLine('A005:A015')).toBe('A005:A015*3B\r\n');
    expect(parseKeypadLine('K005:NEXT*43')).toEqual({ key: 'NEXT', counter: 5 });
    expect(parseRatingLine('R5*67', 3)).toEqual({ value: 5 });
  });

  it('accepts lower-case hex and refuses a flipped bit', () => {
    expect(verifyChecksummedLine('A005:A015*3b')).toEqual({ ok: true, payload: 'A005:A015' });
    expect(verifyChecksummedLine('K005:NEXT*43'.replace('5', '4'))).toMatchObject({ ok: false });
    expect(verifyChecksummedLine(`${'K005:NEXT'}*4`)).toMatchObject({ ok: false, reason: 'malformed checksum' });
  });
});

describe('line splitter', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);

  it('splits on CR LF, CR or LF and ignores empty lines', () => {
    const s = new LineSplitter(64);
    expect(s.push(bytes('a\r\nb\rc\n\r\n'))).toEqual([
      { kind: 'line', text: 'a' },
      { kind: 'line', text: 'b' },
      { kind: 'line', text: 'c' },
    ]);
  });

  it('keeps a UTF-8 letter cut between two chunks whole', () => {
    const s = new LineSplitter(64);
    const all = bytes('Dũng\n');
    expect(s.push(all.subarray(0, 3))).toEqual([]);
    expect(s.push(all.subarray(3))).toEqual([{ kind: 'line', text: 'Dũng' }]);
  });

  it('reports an overlong line once, skips to its end, and reset() drops a partial line', () => {
    const s = new LineSplitter(4);
    expect(s.push(bytes('abc'))).toEqual([]);
    expect(s.push(bytes('defgh'))).toEqual([{ kind: 'bad-line', reason: 'line longer than 4 bytes' }]);
    expect(s.push(bytes('ijk\nok\n'))).toEqual([{ kind: 'line', text: 'ok' }]);
    s.push(bytes('hal'));
    s.reset();
    expect(s.push(bytes('f\n'))).toEqual([{ kind: 'line', text: 'f' }]);
  });
});

describe('the frames quoted in the drivers\' doc comments', () => {
  it.each(['keypad-driver.ts', 'rating-pad-driver.ts', 'sign-driver.ts', 'line-framing.ts'])('%s: every example frame has the right checksum', (file) => {
    const source = readFileSync(new URL(file, import.meta.url), 'utf8');
    const frames = [...source.matchAll(/`([KRSA]\d*:?[A-Z0-9]*\*[0-9A-F]{2})`/g)].map((m) => m[1]!);
    for (const frame of frames) expect(verifyChecksummedLine(frame), frame).toMatchObject({ ok: true });
    if (file === 'keypad-driver.ts') expect(frames).toContain('K005:NEXT*43');
  });
});
