import { describe, expect, it } from 'vitest';
import { copyText, exactInDoubles } from './copy-rows';

describe('copyText', () => {
  const row = { seq: 7, at: Date.parse('2026-11-30T01:02:03.456Z'), day: '2026-11-30', type: 'ticket', action: 'called', ticket_id: 't1', counter: 2 };

  it('writes one COPY text line per row: ISO time, \\N for null, the event as JSON', () => {
    expect(copyText('hall-a', [{ ...row, counter: null, event: { a: 1 } }])).toBe(
      'hall-a\t7\t2026-11-30T01:02:03.456Z\t2026-11-30\tticket\tcalled\tt1\t\\N\t{"a":1}\n',
    );
  });

  it("escapes what would end a field or a line, and the JSON's backslashes", () => {
    const text = copyText('hall-a', [{ ...row, action: 'a\tb\nc\\d\re', event: { s: 'x"y\\z\n' } }])!;
    expect(text.split('\t')[5]).toBe('a\\tb\\nc\\\\d\\re');
    expect(text.split('\t')[8]).toBe('{"s":"x\\\\"y\\\\\\\\z\\\\n"}\n');
    expect(text.split('\n')).toHaveLength(2);
  });

  it("sends a batch by INSERT when a time's double-precision microsecond is not its millisecond", () => {
    expect(exactInDoubles(Date.parse('1999-01-01T00:00:00Z'))).toBe(true);
    expect(exactInDoubles(Date.parse('2026-11-30T23:59:59.999Z'))).toBe(true);
    expect(exactInDoubles(0)).toBe(true);
    expect(exactInDoubles(8.64e15)).toBe(false);
    // In the 2250s a double holds seconds only to about 2 µs: some milliseconds are not exact.
    expect(exactInDoubles(9_000_000_000_001)).toBe(false);
    expect(copyText('hall-a', [{ ...row, event: {} }, { ...row, seq: 8, at: 8.64e15, event: {} }])).toBeNull();
  });
});
