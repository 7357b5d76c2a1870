import { describe, expect, it } from 'vitest';
import { applyTelexKey, composeTelex } from './telex';

/** Keys typed → the word shown. Expected strings are written in NFC. */
const GOLDEN: [string, string][] = [
  ['Nguyeenx', 'Nguyễn'],
  ['Traanf', 'Trần'],
  ['Lee', 'Lê'],
  ['Phamj', 'Phạm'],
  ['Hoangf', 'Hoàng'],
  ['Huynhf', 'Huỳnh'],
  ['Vox', 'Võ'],
  ['DDawngj', 'Đặng'],
  ['Buif', 'Bùi'],
  ['DDoox', 'Đỗ'],
  ['Hoof', 'Hồ'],
  ['Ngoo', 'Ngô'],
  ['Duwowng', 'Dương'],
  ['Lys', 'Lý'],
  ['Vieetj', 'Việt'],
  ['Dungx', 'Dũng'],
  ['Thuyr', 'Thuỷ'],
  ['Quoocs', 'Quốc'],
  ['Nguwowif', 'Người'],
  ['Truwowngf', 'Trường'],
  ['Huwowng', 'Hương'],
  ['Khuyeens', 'Khuyến'],
  ['Giuwax', 'Giữa'],
  ['DDuwowcj', 'Được'],
  ['Uwowcs', 'Ước'],
  ['hoaf', 'hoà'],
  ['khoer', 'khoẻ'],
  ['khuya', 'khuya'],
  ['khuyur', 'khuỷu'],
  ['Ddinhf', 'Đình'],
  ['Thij', 'Thị'],
  ['Vawn', 'Văn'],
  ['Mai', 'Mai'],
  ['Tuaans', 'Tuấn'],
  ['Hieeus', 'Hiếu'],
  ['Nhaf', 'Nhà'],
  ['muwa', 'mưa'],
  ['cuwar', 'cửa'],
  ['gif', 'gì'],
  ['giaf', 'già'],
  ['quas', 'quá'],
  ['hoawcj', 'hoặc'],
  ['ngoaif', 'ngoài'],
  ['tieengs', 'tiếng'],
  ['yeeu', 'yêu'],
  ['Phuwowngf', 'Phường'],
  ['Xax', 'Xã'],
  ['Tinhr', 'Tỉnh'],
  ['Huyeenj', 'Huyện'],
  ['NGUYEENX', 'NGUYỄN'],
  ['TRUWOWNGF', 'TRƯỜNG'],
];

describe('Telex golden words', () => {
  it.each(GOLDEN)('%s → %s', (keys, expected) => {
    expect(composeTelex(keys)).toBe(expected.normalize('NFC'));
  });

  it('types a whole name', () => {
    expect(composeTelex('Nguyeenx Vawn Aan')).toBe('Nguyễn Văn Ân');
    expect(composeTelex('Vox Thij Ngocj Anhs')).toBe('Võ Thị Ngọc Ánh');
  });
});

describe('Telex letters', () => {
  it.each([
    ['dd', 'đ'],
    ['aa', 'â'],
    ['aw', 'ă'],
    ['ow', 'ơ'],
    ['uw', 'ư'],
    ['w', 'ư'],
    ['W', 'Ư'],
    ['oo', 'ô'],
    ['ee', 'ê'],
    ['DD', 'Đ'],
    ['Dd', 'Đ'],
  ])('%s → %s', (keys, expected) => {
    expect(composeTelex(keys)).toBe(expected);
  });

  it('doubling a modifier undoes it and types the letter', () => {
    expect(composeTelex('aaa')).toBe('aa');
    expect(composeTelex('ddd')).toBe('dd');
    expect(composeTelex('aww')).toBe('aw');
    expect(composeTelex('xooong')).toBe('xoong');
  });

  it('w after a consonant types ư', () => {
    expect(composeTelex('trw')).toBe('trư');
    expect(composeTelex('Trwowngf')).toBe('Trường');
  });
});

describe('Telex tones', () => {
  it.each([
    ['as', 'á'],
    ['af', 'à'],
    ['ar', 'ả'],
    ['ax', 'ã'],
    ['aj', 'ạ'],
  ])('%s → %s', (keys, expected) => {
    expect(composeTelex(keys)).toBe(expected);
  });

  it('doubling a tone key undoes it and types the letter', () => {
    expect(composeTelex('ass')).toBe('as');
    expect(composeTelex('Vieetjj')).toBe('Viêtj');
    expect(composeTelex('bass')).toBe('bas');
  });

  it('z removes the tone; z with no tone is typed', () => {
    expect(composeTelex('Nguyeenxz')).toBe('Nguyên');
    expect(composeTelex('az')).toBe('az');
  });

  it('a new tone key replaces the previous tone', () => {
    expect(composeTelex('asf')).toBe('à');
    expect(composeTelex('Hoangsf')).toBe('Hoàng');
  });

  it('moves the tone when later letters change the main vowel', () => {
    // Tone typed before the vowel marks and before the final consonant.
    expect(composeTelex('Nguyenxe')).toBe('Nguyễn');
    expect(composeTelex('nguoifw')).toBe('người');
    expect(composeTelex('hoafn')).toBe('hoàn');
    expect(composeTelex('thuyr')).toBe('thuỷ');
    expect(composeTelex('quoocs')).toBe('quốc');
  });

  it('does not put a tone where Vietnamese cannot have one', () => {
    // s is not a final consonant, so a tone key after it is a letter.
    expect(applyTelexKey('bas', 'f')).toBe('basf');
    // Only sắc and nặng exist after c, ch, p, t.
    expect(composeTelex('bacf')).toBe('bacf');
    expect(composeTelex('xyz')).toBe('xyz');
  });
});

describe('applyTelexKey', () => {
  it('applies one key to the current word', () => {
    expect(applyTelexKey('Nguyên', 'x')).toBe('Nguyễn');
    expect(applyTelexKey('', 'N')).toBe('N');
    expect(applyTelexKey('Nguyễn', '1')).toBe('Nguyễn1');
  });

  it('preserves upper case on the changed letter', () => {
    expect(applyTelexKey('A', 'a')).toBe('Â');
    expect(applyTelexKey('Ân', 'S')).toBe('Ấn');
    expect(applyTelexKey('U', 'w')).toBe('Ư');
  });

  it('accepts a word typed in NFD and returns NFC', () => {
    expect(applyTelexKey('Nguyên'.normalize('NFD'), 'x')).toBe('Nguyễn');
  });
});
