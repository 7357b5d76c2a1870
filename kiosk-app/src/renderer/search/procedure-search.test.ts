import { describe, expect, it } from 'vitest';
import type { ProcedureView } from '@luot/protocol/plain';
import { buildProcedureIndex } from './procedure-search';

function procedure(code: string, name: string, field: string, extra: Partial<ProcedureView> = {}): ProcedureView {
  return {
    code,
    name,
    field,
    department: 'dept',
    service: 'svc',
    level: 'province',
    processingTime: { inPerson: '3 ngày làm việc' },
    processingDays: 3,
    fee: 'Không',
    documents: [{ name: 'Tờ khai', originals: 1, copies: 0 }],
    ...extra,
  };
}

const catalogue = [
  procedure('1.001612', 'Đăng ký thành lập doanh nghiệp tư nhân', 'Thành lập và hoạt động của doanh nghiệp'),
  procedure('2.000575', 'Đăng ký hộ kinh doanh', 'Thành lập và hoạt động của hộ kinh doanh'),
  procedure('1.004227', 'Cấp giấy chứng nhận quyền sử dụng đất lần đầu', 'Đất đai'),
  procedure('1.005398', 'Đăng ký biến động đất đai', 'Đất đai'),
  procedure('1.000894', 'Đăng ký khai sinh', 'Hộ tịch'),
  procedure('1.009972', 'Cấp giấy phép xây dựng nhà ở riêng lẻ', 'Xây dựng'),
  procedure('1.002861', 'Dạy nghề cho lao động nông thôn', 'Giáo dục nghề nghiệp'),
];
const index = buildProcedureIndex(catalogue.map((p) => ({ procedure: p })));
const names = (query: string) => index.search(query).map((h) => h.procedure.name);

describe('procedure search', () => {
  it('finds "Đất đai" from "dat dai", both by field and by name', () => {
    const found = names('dat dai');
    expect(found).toContain('Cấp giấy chứng nhận quyền sử dụng đất lần đầu');
    expect(found).toContain('Đăng ký biến động đất đai');
    // The phrase in the name ranks above a field-only match.
    expect(found[0]).toBe('Đăng ký biến động đất đai');
  });

  it('finds "Đăng ký kinh doanh" from "dang ky kinh doanh"', () => {
    expect(names('dang ky kinh doanh')[0]).toBe('Đăng ký hộ kinh doanh');
  });

  it('requires every word to match somewhere', () => {
    expect(names('dang ky xe may')).toEqual([]);
    expect(names('khai sinh')).toEqual(['Đăng ký khai sinh']);
  });

  it('matches word prefixes so results narrow while typing', () => {
    expect(names('xay d')).toEqual(['Cấp giấy phép xây dựng nhà ở riêng lẻ']);
    expect(names('kh')).toContain('Đăng ký khai sinh');
  });

  it('does not match inside a word', () => {
    // "oanh" is inside "doanh" but starts no word.
    expect(names('oanh')).toEqual([]);
  });

  it('ranks a phrase at the start of the name first', () => {
    const hits = index.search('dang ky');
    expect(hits.length).toBeGreaterThan(2);
    expect(hits.every((h) => h.procedure.name.startsWith('Đăng ký'))).toBe(true);
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('ranks the phrase in the field above the same words scattered in a name', () => {
    const radio = procedure('2.002777', 'Cấp giấy phép cho đài vô tuyến điện đặt trên tàu cá', 'Tần số vô tuyến điện');
    const land = procedure('1.115728', 'Cấp Giấy chứng nhận quyền sử dụng đất lần đầu', 'Đất đai');
    const small = buildProcedureIndex([{ procedure: radio }, { procedure: land }]);
    expect(small.search('dat dai').map((h) => h.procedure.code)).toEqual(['1.115728', '2.002777']);
  });

  it('prefers diacritics typed exactly as written', () => {
    const dayNghe = procedure('1.000001', 'Dạy nghề', 'X');
    const dayHoc = procedure('1.000002', 'Đây nghề', 'X');
    const small = buildProcedureIndex([{ procedure: dayHoc }, { procedure: dayNghe }]);
    expect(small.search('dạy nghề').map((h) => h.procedure.code)).toEqual(['1.000001', '1.000002']);
    expect(small.search('đây nghề').map((h) => h.procedure.code)).toEqual(['1.000002', '1.000001']);
  });

  it('searches extra text such as the department name', () => {
    const withDept = buildProcedureIndex([{ procedure: catalogue[4]!, extraText: 'Sở Tư pháp Department of Justice' }]);
    expect(withDept.search('tu phap')).toHaveLength(1);
    expect(withDept.search('justice')).toHaveLength(1);
  });

  it('finds a procedure by its national code', () => {
    expect(names('1.004227')).toEqual(['Cấp giấy chứng nhận quyền sử dụng đất lần đầu']);
  });

  it('returns nothing for a blank query and honours the limit', () => {
    expect(index.search('  ')).toEqual([]);
    expect(index.search('d', 2)).toHaveLength(2);
  });
});
