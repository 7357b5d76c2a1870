import { describe, expect, it } from 'vitest';
import type { AuditEntryView } from '@luot/protocol';
import { auditCsv, csvField, formatHallTimestamp } from './audit-csv';

const entry = (over: Partial<AuditEntryView>): AuditEntryView => ({
  id: 1,
  at: Date.parse('2026-11-23T09:00:05+07:00'),
  actor: 'user:canbo01',
  action: 'personal-data-read',
  subject: '000.00.06.H56-261123-0001',
  address: '127.0.0.1',
  detail: { use: 'dossier' },
  ...over,
});

describe('audit log CSV', () => {
  it('starts with a UTF-8 BOM and a Vietnamese header, and ends each row with CRLF', () => {
    const csv = auditCsv([entry({})]);
    expect(csv.startsWith('\uFEFFThời điểm (giờ Việt Nam),Người thực hiện,Hành động,Đối tượng,Địa chỉ,Chi tiết\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe('2026-11-23 09:00:05,user:canbo01,personal-data-read,000.00.06.H56-261123-0001,127.0.0.1,"{""use"":""dossier""}"');
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and keeps Vietnamese as is', () => {
    expect(csvField('Nguyễn Văn An')).toBe('Nguyễn Văn An');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('never lets a field run as a spreadsheet formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('writes times in the hall’s time zone', () => {
    expect(formatHallTimestamp(Date.parse('2026-11-22T17:30:00Z'))).toBe('2026-11-23 00:30:00');
  });
});
