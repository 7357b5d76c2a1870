import { describe, expect, it } from 'vitest';
import { hallConfigSchema } from '../core/config/hall-config-schema';
import { sessionsOn } from '../queue/hours-rules';
import { parseCalendarImport, withCalendarYear } from './calendar-import';

const CONFIG = hallConfigSchema.parse({
  hall: { name: { vi: 'Trung tâm', en: 'Center' }, address: 'Số 1' },
  hours: { sessions: [{ name: 'morning', start: '07:30', end: '11:30' }], holidays: ['2026-09-02', '2027-01-01', '2027-02-15'] },
  departments: [{ code: 'KHDT', name: { vi: 'Sở KHĐT', en: 'Planning' }, agencyCode: '000.00.06.H56' }],
  services: [{ code: 'DKKD', name: { vi: 'Đăng ký kinh doanh', en: 'Business' }, department: 'KHDT', prefix: 'A' }],
  counters: [{ number: 1, name: { vi: 'Quầy 1', en: 'Counter 1' }, services: ['DKKD'] }],
});

describe('the yearly calendar import', () => {
  it('reads JSON and CSV (English or Vietnamese kinds, a header line, ; as separator)', () => {
    const json = parseCalendarImport('json', JSON.stringify({ year: 2027, holidays: ['2027-04-30', '2027-01-01'], makeUpDays: ['2027-05-08'] }));
    expect(json).toEqual({ year: 2027, holidays: ['2027-01-01', '2027-04-30'], makeUpDays: ['2027-05-08'], rowErrors: [] });
    const csv = parseCalendarImport('csv', 'ngày;loại;ghi chú\n2027-04-30;nghỉ;Giải phóng miền Nam\n2027-05-08;làm bù;bù ngày 3/5\n2027-01-01;holiday');
    expect(csv).toEqual(json);
  });

  it('names each bad row: not a date, an unknown kind, another year, a day both off and worked', () => {
    const read = parseCalendarImport('csv', '2027-02-30,holiday\n2027-03-01,picnic\n2028-01-01,holiday\n2027-05-08,makeup\n2027-05-08,holiday');
    expect(read.rowErrors.map((e) => [e.row, e.column])).toEqual([
      [2, 'kind'],
      [1, 'date'],
      [5, 'date'],
      [1, 'date'],
    ]);
    expect(read.rowErrors[0]!.message.vi).toContain('làm bù');
    const year = parseCalendarImport('json', JSON.stringify({ year: 2027, holidays: ['2028-01-01'] }));
    expect(year.rowErrors[0]).toMatchObject({ row: 1, column: 'holidays', message: { en: '2028-01-01 is not in 2027.' } });
  });

  it('replaces the year’s days only, in the hours and the processing calendar, and opens the hall on a make-up Saturday', () => {
    const merged = hallConfigSchema.parse(withCalendarYear(CONFIG, 2027, ['2027-04-30'], ['2027-05-08']));
    expect(merged.hours.holidays).toEqual(['2026-09-02', '2027-04-30']);
    expect(merged.hours.makeUpDays).toEqual(['2027-05-08']);
    expect(merged.processing.holidays).toEqual(['2026-09-02', '2027-04-30']);
    expect(merged.processing.makeUpDays).toEqual(['2027-05-08']);
    // 2027-05-08 is a Saturday: closed before (no Saturday sessions), open with all sessions as a make-up day.
    expect(sessionsOn(CONFIG.hours, '2027-05-08')).toEqual([]);
    expect(sessionsOn(merged.hours, '2027-05-08').map((s) => s.name)).toEqual(['morning']);
  });
});
