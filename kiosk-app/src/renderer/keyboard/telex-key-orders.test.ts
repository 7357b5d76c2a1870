import { describe, expect, it } from 'vitest';
import { composeTelex, type ToneStyle } from './telex';

/**
 * Every place a person puts the tone key: anywhere after the syllable's first
 * vowel key (Unikey and OpenKey give one spelling for all of them).
 */
function toneKeyOrders(keysWithoutTone: string, toneKey: string): string[] {
  const firstVowel = keysWithoutTone.search(/[aeiouy]/i);
  const orders: string[] = [];
  for (let at = firstVowel + 1; at <= keysWithoutTone.length; at++) {
    orders.push(keysWithoutTone.slice(0, at) + toneKey + keysWithoutTone.slice(at));
  }
  return orders;
}

/** [keys without the tone, tone key, modern spelling, classic spelling]. */
const SYLLABLES: [string, string, string, string][] = [
  ['hoa', 'f', 'hoà', 'hòa'],
  ['khoe', 'r', 'khoẻ', 'khỏe'],
  ['thuy', 'r', 'thuỷ', 'thủy'],
  ['hoan', 'f', 'hoàn', 'hoàn'],
  ['hoang', 'f', 'hoàng', 'hoàng'],
  ['ngoai', 'f', 'ngoài', 'ngoài'],
  ['qua', 'f', 'quà', 'quà'],
  ['quy', 's', 'quý', 'quý'],
  ['quyeen', 's', 'quyến', 'quyến'],
  ['quooc', 's', 'quốc', 'quốc'],
  ['gia', 'f', 'già', 'già'],
  ['gi', 'f', 'gì', 'gì'],
  ['giuwa', 'x', 'giữa', 'giữa'],
  ['tieeng', 's', 'tiếng', 'tiếng'],
  ['Nguyeen', 'x', 'Nguyễn', 'Nguyễn'],
  ['huyeen', 'j', 'huyện', 'huyện'],
  ['khuyu', 'r', 'khuỷu', 'khuỷu'],
  ['nguwowi', 'f', 'người', 'người'],
  ['truwowng', 'f', 'trường', 'trường'],
  ['dduwowc', 'j', 'được', 'được'],
  ['ruwowu', 'j', 'rượu', 'rượu'],
  ['uwowc', 's', 'ước', 'ước'],
  ['thuow', 'r', 'thuở', 'thuở'],
  ['cuwa', 'r', 'cửa', 'cửa'],
  ['muwa', 's', 'mứa', 'mứa'],
  ['hoawc', 'j', 'hoặc', 'hoặc'],
  ['tuaan', 's', 'tuấn', 'tuấn'],
  ['yeeu', 's', 'yếu', 'yếu'],
  ['ddao', 'f', 'đào', 'đào'],
  ['xoay', 's', 'xoáy', 'xoáy'],
  ['mai', 's', 'mái', 'mái'],
  ['mua', 's', 'múa', 'múa'],
  ['Vieet', 'j', 'Việt', 'Việt'],
  ['chuyeen', 'j', 'chuyện', 'chuyện'],
  ['DDAWNG', 'J', 'ĐẶNG', 'ĐẶNG'],
];

describe.each<[ToneStyle, 2 | 3]>([
  ['modern', 2],
  ['classic', 3],
])('Telex, %s tone style: one spelling for every tone key order', (style, column) => {
  it.each(SYLLABLES)('%s + %s', (...row) => {
    const [keys, tone] = row;
    const expected = row[column].normalize('NFC');
    const results = new Map(toneKeyOrders(keys, tone).map((order) => [order, composeTelex(order, style)]));
    expect(Object.fromEntries(results)).toEqual(Object.fromEntries([...results.keys()].map((order) => [order, expected])));
  });
});

describe('Telex: marks typed late, as the syllable grows', () => {
  it.each([
    // The vowel mark after the whole syllable, before or after the tone.
    ['nguoiwf', 'người'],
    ['nguoifw', 'người'],
    ['duocwjd', 'được'],
    ['truongwf', 'trường'],
    ['thuorw', 'thuở'],
    ['tiengse', 'tiếng'],
    ['hoacjw', 'hoặc'],
    ['vietje', 'việt'],
    // "uơ" becomes "ươ" when a consonant or vowel follows; "ưo" too.
    ['duowc', 'dươc'],
    ['huow', 'huơ'],
    ['dduwocj', 'được'],
    ['tuwong', 'tương'],
  ])('%s → %s', (keys, expected) => {
    expect(composeTelex(keys)).toBe(expected.normalize('NFC'));
  });

  it('never spells a syllable wrong in any style on the way (the onset keeps its u and i)', () => {
    // The tone typed before the second vowel used to stay on the onset's letter: "qùa", "gìa".
    expect(composeTelex('qufa')).toBe('quà');
    expect(composeTelex('gifa')).toBe('già');
    expect(composeTelex('hofa')).toBe('hoà');
    expect(composeTelex('hofa', 'classic')).toBe('hòa');
  });

  it('z removes the tone and double keys undo, in any order', () => {
    expect(composeTelex('hofaz')).toBe('hoa');
    expect(composeTelex('hoafz')).toBe('hoa');
    expect(composeTelex('hofaf')).toBe('hoaf');
    expect(composeTelex('tieengss')).toBe('tiêngs');
    expect(composeTelex('huoww')).toBe('huow');
  });
});
