import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parsePayload } from './zod-errors';

const schema = z.strictObject({
  name: z.string().min(2).max(5),
  count: z.number().int().max(3),
  kind: z.enum(['a', 'b']),
  code: z.string().regex(/^[A-Z]$/),
  tags: z.array(z.string()).min(1),
});
const valid = { name: 'abc', count: 1, kind: 'a', code: 'X', tags: ['t'] };

const errorOf = (payload: unknown) => {
  const r = parsePayload(schema, payload);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
};

describe('zod failures as typed errors', () => {
  it.each([
    ['a missing field', { ...valid, name: undefined }, 'name', 'Dữ liệu không hợp lệ — name: thiếu, bắt buộc phải có.'],
    ['a wrong type', { ...valid, count: 'one' }, 'count', 'Dữ liệu không hợp lệ — count: sai kiểu dữ liệu.'],
    ['a short string', { ...valid, name: 'a' }, 'name', 'Dữ liệu không hợp lệ — name: quá ngắn (tối thiểu 2).'],
    ['a long string', { ...valid, name: 'abcdef' }, 'name', 'Dữ liệu không hợp lệ — name: quá dài (tối đa 5).'],
    ['a large number', { ...valid, count: 9 }, 'count', 'Dữ liệu không hợp lệ — count: quá lớn (tối đa 3).'],
    ['an unknown value', { ...valid, kind: 'c' }, 'kind', 'Dữ liệu không hợp lệ — kind: giá trị không được chấp nhận.'],
    ['a bad format', { ...valid, code: 'x' }, 'code', 'Dữ liệu không hợp lệ — code: sai định dạng.'],
    ['an empty list', { ...valid, tags: [] }, 'tags', 'Dữ liệu không hợp lệ — tags: quá ít phần tử (tối thiểu 1).'],
  ])('%s names the field and says why in Vietnamese only', (_name, payload, field, vi) => {
    const error = errorOf(payload);
    expect(error).toMatchObject({ code: 'invalid_payload', field, message: { vi } });
    // zod's English reason stays in the English text.
    expect(error.message.en).toMatch(new RegExp(`^Invalid payload — ${field}: `));
  });

  it('an unknown field and a payload of the wrong shape carry no English in Vietnamese', () => {
    expect(errorOf({ ...valid, extra: 1 }).message.vi).toBe('Dữ liệu không hợp lệ — có trường không được phép: extra.');
    const whole = errorOf('text');
    expect(whole.field).toBeUndefined();
    expect(whole.message.vi).toBe('Dữ liệu không hợp lệ — sai kiểu dữ liệu.');
    expect(whole.message.en).toContain('expected object');
  });
});
