import { describe, expect, it } from 'vitest';
import { hallConfigSchema } from '../core/config/hall-config-schema';
import { parseCsv } from './csv-rows';
import { mergeProcedures, readProcedureRows } from './procedures-import';

const DOC = { name: 'Tờ khai', originals: 1, copies: 0 };
const CONFIG = hallConfigSchema.parse({
  hall: { name: { vi: 'Trung tâm', en: 'Center' }, address: 'Số 1' },
  hours: { sessions: [{ name: 'morning', start: '07:30', end: '11:30' }] },
  departments: [{ code: 'KHDT', name: { vi: 'Sở KHĐT', en: 'Planning' }, agencyCode: '000.00.06.H56' }],
  services: [{ code: 'DKKD', name: { vi: 'Đăng ký kinh doanh', en: 'Business' }, department: 'KHDT', prefix: 'A' }],
  counters: [{ number: 1, name: { vi: 'Quầy 1', en: 'Counter 1' }, services: ['DKKD'] }],
  procedures: [
    { code: '1.001612', name: 'Đăng ký thành lập doanh nghiệp tư nhân', field: 'Thành lập doanh nghiệp', department: 'KHDT', service: 'DKKD', processingTime: { inPerson: '3 ngày làm việc' }, processingDays: 3, fee: '50.000 đồng', documents: [DOC] },
    { code: '2.000001', name: 'Thủ tục giữ nguyên', field: 'Khác', department: 'KHDT', service: 'DKKD', processingTime: { inPerson: '1 ngày làm việc' }, processingDays: 1, fee: 'Không', documents: [DOC] },
  ],
});

const CSV = [
  'Mã thủ tục,Tên thủ tục,Lĩnh vực,Bộ phận,Dịch vụ,Số ngày,Thời hạn giải quyết,Phí,Thành phần hồ sơ,Từ khóa',
  '1.001612,Đăng ký thành lập doanh nghiệp tư nhân,Thành lập doanh nghiệp,KHDT,DKKD,5,5 ngày làm việc,50.000 đồng,"Tờ khai (1/0); Bản sao CCCD (0/1)",mở công ty',
  '1.004227,Đăng ký biến động đất đai,Đất đai,KHDT,DKKD,10,10 ngày làm việc,Theo quy định,Đơn đăng ký (1/0),sổ đỏ',
  '1.00422,Mã sai,Đất đai,KHDT,DKKD,10,,Không,Đơn (1/0),',
  '1.009999,Bộ phận lạ,Đất đai,TNMT,DKKD,abc,,Không,Đơn (one/0),',
].join('\n');

describe('the procedures catalogue import', () => {
  it('reads the department from a "Cơ quan, đơn vị" column, the name every staff screen uses', () => {
    const csv = CSV.replace('Bộ phận', '"Cơ quan, đơn vị"');
    const read = readProcedureRows(parseCsv(csv), CONFIG);
    expect(read.procedures.map((p) => [p.code, p.department])).toEqual([['1.001612', 'KHDT'], ['1.004227', 'KHDT']]);
  });

  it('names the department column by its Vietnamese name when it is missing', () => {
    const csv = CSV.replace('Bộ phận', 'Ghi chú');
    const read = readProcedureRows(parseCsv(csv), CONFIG);
    expect(read.rowErrors.map((e) => e.message.vi)).toContain('Thiếu cột "cơ quan, đơn vị" (department) ở dòng tiêu đề.');
  });

  it('reads the rows, names each bad one (row, column, why), and says what is added, changed, unchanged', () => {
    const read = readProcedureRows(parseCsv(CSV), CONFIG);
    expect(read.procedures.map((p) => p.code)).toEqual(['1.001612', '1.004227']);
    expect(read.procedures[0]).toMatchObject({ processingDays: 5, keywords: ['mở công ty'], documents: [DOC, { name: 'Bản sao CCCD', originals: 0, copies: 1 }] });
    expect(read.rowErrors.map((e) => [e.row, e.column])).toEqual([
      [4, 'code'],
      [5, 'documents'],
      [5, 'processingDays'],
      [5, 'department'],
    ]);
    expect(read.rowErrors[0]!.message.en).toContain('national procedure code');
    expect(read.rowErrors[0]!.message.vi).toBe('Cột code: phải là một mã thủ tục quốc gia, ví dụ 1.004227 (đang là "1.00422")');
    expect(read.rowErrors[3]!.message.vi).toContain('Cơ quan, đơn vị "TNMT" không có');
    const merged = mergeProcedures(CONFIG, read.procedures);
    expect(merged).toMatchObject({ added: ['1.004227'], changed: ['1.001612'], unchanged: [] });
    expect(merged.config.procedures.map((p) => p.code)).toEqual(['1.001612', '2.000001', '1.004227']);
  });

  it('reads the forms column: "name | link" or a bare link; a bad link is named', () => {
    const csv = [
      'code,name,field,department,service,processingDays,fee,documents,Biểu mẫu',
      '1.004227,Đăng ký biến động đất đai,Đất đai,KHDT,DKKD,10,Không,Đơn (1/0),"Mẫu 09/ĐK | https://example.vn/mau-09.docx; https://example.vn/mau-10.pdf"',
      '1.004228,Thủ tục thứ hai,Đất đai,KHDT,DKKD,10,Không,Đơn (1/0),không phải link',
    ].join('\n');
    const read = readProcedureRows(parseCsv(csv), CONFIG);
    expect(read.procedures[0]?.forms).toEqual([
      { name: 'Mẫu 09/ĐK', url: 'https://example.vn/mau-09.docx' },
      { name: 'mau-10.pdf', url: 'https://example.vn/mau-10.pdf' },
    ]);
    expect(read.rowErrors.map((e) => [e.row, e.column])).toEqual([[3, 'forms']]);
  });

  it('a header without a required column names it', () => {
    const read = readProcedureRows(parseCsv('code,name\n1.001612,X'), CONFIG);
    expect(read.procedures).toEqual([]);
    expect(read.rowErrors.map((e) => e.column)).toEqual(['field', 'department', 'service', 'processingDays', 'fee', 'documents']);
  });
});
