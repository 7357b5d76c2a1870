import { describe, expect, it } from 'vitest';
import type { ProcedureView } from '@luot/protocol/plain';
import { buildProcedureIndex } from './procedure-search';

function procedure(code: string, name: string, field: string, keywords?: string[]): ProcedureView {
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
    ...(keywords ? { keywords } : {}),
  };
}

const LAND = 'Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu';
const BIRTH = 'Thủ tục đăng ký khai sinh';
const BUSINESS = 'Đăng ký thành lập doanh nghiệp tư nhân';
const HOUSEHOLD = 'Đăng ký hộ kinh doanh';
const BUILD = 'Cấp giấy phép xây dựng nhà ở riêng lẻ';
const VEHICLE = 'Cấp đăng ký, biển số xe máy chuyên dùng lần đầu';
const MARRIAGE = 'Thủ tục đăng ký kết hôn';

const index = buildProcedureIndex(
  [
    procedure('1.115728', LAND, 'Đất đai', ['sổ đỏ', 'làm sổ đỏ', 'sổ hồng']),
    procedure('1.001193', BIRTH, 'Hộ tịch', ['giấy khai sinh', 'khai sinh cho con']),
    procedure('2.001610', BUSINESS, 'Thành lập và hoạt động của doanh nghiệp', ['mở công ty']),
    procedure('2.000575', HOUSEHOLD, 'Thành lập và hoạt động của hộ kinh doanh'),
    procedure('1.009972', BUILD, 'Xây dựng', ['xin phép xây nhà']),
    procedure('9.000001', VEHICLE, 'Đường bộ', ['đăng ký xe', 'biển số xe']),
    procedure('1.000894', MARRIAGE, 'Hộ tịch'),
  ].map((p) => ({ procedure: p })),
);
const first = (query: string) => index.search(query)[0]?.procedure.name;

describe('procedure search forgives typing slips', () => {
  it.each([
    // [what the citizen typed, the slip, what they meant]
    ['khai snih', 'two letters swapped', BIRTH],
    ['kahi sinh', 'two letters swapped', BIRTH],
    ['khai sinhh', 'a letter doubled', BIRTH],
    ['khai sih', 'a letter missing', BIRTH],
    ['doanh nghep', 'a letter missing in a long word', BUSINESS],
    ['doanh nghiepp', 'a letter doubled in a long word', BUSINESS],
    ['doanh ngheip', 'two letters swapped in a long word', BUSINESS],
    ['chung nhan quyen su dung dta', 'swapped at the end', LAND],
    ['giay pehp xay dung', 'swapped', BUILD],
    ['xay dunng', 'doubled', BUILD],
    ['ket hno', 'swapped', MARRIAGE],
    ['chnug nhan', 'swapped, the word still being typed', LAND],
  ])('"%s" (%s) finds the procedure', (query, _slip, meant) => {
    expect(first(query)).toBe(meant);
  });

  it('puts exact matches before near misses', () => {
    // "kinh doanh" matches the household business exactly; "kinh doanhh" still finds it.
    const exact = index.search('kinh doanh').map((h) => h.procedure.name);
    expect(exact[0]).toBe(HOUSEHOLD);
    expect(index.search('kinh doanh').every((h) => h.nearMisses === 0)).toBe(true);
    expect(first('kinh doanhh')).toBe(HOUSEHOLD);
    // "sinh" is typed right: the birth procedure, matched exactly, comes before anything found by a near miss.
    const hits = index.search('dang ky sinh');
    expect(hits[0]?.procedure.name).toBe(BIRTH);
    expect(hits[0]?.nearMisses).toBe(0);
  });

  it('still finds nothing for words that are far from any', () => {
    expect(index.search('xyzw qwerty')).toEqual([]);
    // Short words are not stretched: "xe" is not "xa".
    expect(index.search('dang ky xa')).toEqual([]);
  });
});

describe('procedure search knows citizen words', () => {
  it.each([
    ['làm sổ đỏ', LAND],
    ['lam so do', LAND],
    ['so hong', LAND],
    ['giấy khai sinh', BIRTH],
    ['lam giay khai sinh cho con', BIRTH],
    ['đăng ký xe', VEHICLE],
    ['dang ky xe', VEHICLE],
    ['mo cong ty', BUSINESS],
    ['xin phep xay nha', BUILD],
  ])('"%s" finds the procedure', (query, meant) => {
    expect(first(query)).toBe(meant);
  });
});
