import { describe, expect, it } from 'vitest';
import { foldText, foldWords } from './fold';

describe('foldText', () => {
  it('removes tone and vowel marks', () => {
    expect(foldText('Đất đai')).toBe('dat dai');
    expect(foldText('Đăng ký kinh doanh')).toBe('dang ky kinh doanh');
    expect(foldText('Nguyễn Thị Hương')).toBe('nguyen thi huong');
    expect(foldText('ắằẳẵặ ấầẩẫậ ếềểễệ ốồổỗộ ớờởỡợ ứừửữự ỳýỷỹỵ')).toBe('aaaaa aaaaa eeeee ooooo ooooo uuuuu yyyyy');
  });

  it('maps đ and Đ to d, which NFD does not decompose', () => {
    expect('đ'.normalize('NFD')).toBe('đ');
    expect(foldText('ĐĐđđ')).toBe('dddd');
  });

  it('folds precomposed and decomposed input alike', () => {
    const decomposed = 'Đất đai'.normalize('NFD');
    expect(foldText(decomposed)).toBe(foldText('Đất đai'));
  });

  it('turns punctuation into single spaces and trims', () => {
    expect(foldText('  Cấp giấy phép (xây dựng) – nhà ở!! ')).toBe('cap giay phep xay dung nha o');
    expect(foldText('1.004227')).toBe('1 004227');
  });

  it('gives no words for blank input', () => {
    expect(foldWords('   ')).toEqual([]);
    expect(foldWords('Hộ tịch')).toEqual(['ho', 'tich']);
  });
});
