import { describe, expect, it } from 'vitest';
import { NORTHERN_READING, SOUTHERN_READING, readDigits, readWholeNumber } from './vietnamese-numbers';
import { readTicketCode, DEFAULT_TICKET_READING, letterWord } from './ticket-reading';
import { wordsToText } from './voice-word';

const say = (n: number, opts = NORTHERN_READING) => wordsToText(readWholeNumber(n, opts));

// Golden values: written by hand from shared/DOMAIN.md "Calling aloud", not
// produced by the code under test.
const GOLDEN_NORTH: Array<[number, string]> = [
  [0, 'không'],
  [1, 'một'],
  [4, 'bốn'],
  [5, 'năm'],
  [10, 'mười'],
  [11, 'mười một'],
  [14, 'mười bốn'],
  [15, 'mười lăm'],
  [20, 'hai mươi'],
  [21, 'hai mươi mốt'],
  [24, 'hai mươi tư'],
  [25, 'hai mươi lăm'],
  [30, 'ba mươi'],
  [41, 'bốn mươi mốt'],
  [55, 'năm mươi lăm'],
  [100, 'một trăm'],
  [101, 'một trăm linh một'],
  [104, 'một trăm linh bốn'],
  [105, 'một trăm linh năm'],
  [110, 'một trăm mười'],
  [111, 'một trăm mười một'],
  [114, 'một trăm mười bốn'],
  [115, 'một trăm mười lăm'],
  [121, 'một trăm hai mươi mốt'],
  [124, 'một trăm hai mươi tư'],
  [125, 'một trăm hai mươi lăm'],
  [1000, 'một nghìn'],
  [1001, 'một nghìn không trăm linh một'],
  [1005, 'một nghìn không trăm linh năm'],
  [1010, 'một nghìn không trăm mười'],
  [1015, 'một nghìn không trăm mười lăm'],
  [1023, 'một nghìn không trăm hai mươi ba'],
  [1100, 'một nghìn một trăm'],
  [2001, 'hai nghìn không trăm linh một'],
  [2024, 'hai nghìn không trăm hai mươi tư'],
  [9999, 'chín nghìn chín trăm chín mươi chín'],
  [10000, 'mười nghìn'],
  [15005, 'mười lăm nghìn không trăm linh năm'],
  [21000, 'hai mươi mốt nghìn'],
  [99999, 'chín mươi chín nghìn chín trăm chín mươi chín'],
  [100000, 'một trăm nghìn'],
  [1000000, 'một triệu'],
  [1234567, 'một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy'],
];

describe('readWholeNumber (northern: linh, nghìn)', () => {
  it.each(GOLDEN_NORTH)('%i → %s', (n, text) => {
    expect(say(n)).toBe(text);
  });
});

describe('readWholeNumber (southern: lẻ, ngàn)', () => {
  it.each<[number, string]>([
    [105, 'một trăm lẻ năm'],
    [1005, 'một ngàn không trăm lẻ năm'],
    [2001, 'hai ngàn không trăm lẻ một'],
    [1023, 'một ngàn không trăm hai mươi ba'],
    [24, 'hai mươi tư'],
  ])('%i → %s', (n, text) => {
    expect(say(n, SOUTHERN_READING)).toBe(text);
  });

  it('can say bốn after mươi when the hall prefers it', () => {
    expect(say(24, { ...NORTHERN_READING, fourAfterTens: 'bon' })).toBe('hai mươi bốn');
    expect(say(14, { ...NORTHERN_READING, fourAfterTens: 'bon' })).toBe('mười bốn');
  });
});

describe('clip ids', () => {
  it('gives each word its own clip, mười and mươi apart', () => {
    expect(readWholeNumber(1015).map((w) => w.clip)).toEqual(['num-1', 'num-nghin', 'num-0', 'num-tram', 'num-10', 'num-lam']);
    expect(readWholeNumber(21).map((w) => w.clip)).toEqual(['num-2', 'num-muoi', 'num-mot']);
    expect(readWholeNumber(104).map((w) => w.clip)).toEqual(['num-1', 'num-tram', 'num-linh', 'num-4']);
    expect(readWholeNumber(105, SOUTHERN_READING).map((w) => w.clip)).toEqual(['num-1', 'num-tram', 'num-le', 'num-5']);
  });
});

describe('bad input', () => {
  it.each([-1, 1.5, Number.NaN, 1e13])('refuses %s with a RangeError', (n) => {
    expect(() => readWholeNumber(n)).toThrow(RangeError);
  });
  it('refuses non-digits in digit mode', () => {
    expect(() => readDigits('12a')).toThrow(RangeError);
    expect(() => readDigits('')).toThrow(RangeError);
  });
});

describe('readTicketCode', () => {
  const digits = { ...DEFAULT_TICKET_READING, mode: 'digits' as const };
  it('reads letters one by one and the number whole', () => {
    expect(wordsToText(readTicketCode('A015'))).toBe('a mười lăm');
    expect(wordsToText(readTicketCode('B104'))).toBe('bê một trăm linh bốn');
    expect(wordsToText(readTicketCode('1023'))).toBe('một nghìn không trăm hai mươi ba');
    expect(wordsToText(readTicketCode('XY024'))).toBe('ích-xì i dài hai mươi tư');
  });
  it('reads digit by digit in digit mode', () => {
    expect(wordsToText(readTicketCode('A015', digits))).toBe('a không một năm');
    expect(wordsToText(readTicketCode('1023', digits))).toBe('một không hai ba');
    expect(readTicketCode('A015', digits).map((w) => w.clip)).toEqual(['letter-a', 'num-0', 'num-1', 'num-5']);
  });
  it('reads a prefix that mixes letters and digits sign by sign, split on the service\'s prefix', () => {
    const text = (code: string, prefix?: string) => wordsToText(readTicketCode(code, DEFAULT_TICKET_READING, prefix));
    expect(text('A1015', 'A1')).toBe('a một mười lăm');
    expect(text('A1015', 'A')).toBe('a một nghìn không trăm mười lăm');
    expect(text('1A015')).toBe('một a mười lăm'); // no prefix known: up to the last letter
    expect(text('1A015', '1A')).toBe('một a mười lăm');
    expect(text('A1015', 'B1')).toBe('a một nghìn không trăm mười lăm'); // a prefix that does not match is ignored
    expect(text('1023', '1')).toBe('một nghìn không trăm hai mươi ba'); // a digit-only prefix reads with the number
    expect(readTicketCode('A1015', { ...DEFAULT_TICKET_READING, mode: 'digits' }, 'A1').map((w) => w.clip)).toEqual([
      'letter-a', 'num-1', 'num-0', 'num-1', 'num-5',
    ]);
  });
  it('refuses what is not a ticket code', () => {
    expect(() => readTicketCode('A-15')).toThrow(RangeError);
    expect(() => readTicketCode('ABC')).toThrow(RangeError);
  });
  it('names letters the Vietnamese way', () => {
    expect(['A', 'B', 'C', 'D', 'Đ', 'G', 'H', 'K', 'L', 'M', 'N', 'Q', 'R', 'S', 'X', 'Y'].map((l) => letterWord(l).text)).toEqual([
      'a', 'bê', 'xê', 'dê', 'đê', 'gờ', 'hát', 'ca', 'e-lờ', 'em-mờ', 'en-nờ', 'quy', 'e-rờ', 'ét-xì', 'ích-xì', 'i dài',
    ]);
    expect(letterWord('đ').clip).toBe('letter-dd');
    expect(() => letterWord('1')).toThrow(RangeError);
  });
});
