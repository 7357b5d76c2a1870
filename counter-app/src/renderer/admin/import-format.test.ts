import { describe, expect, it } from 'vitest';
import { calendarFormatOf, spreadsheetFormatOf } from './import-format';

describe('import formats', () => {
  it('tells a workbook from a CSV by its name', () => {
    expect(spreadsheetFormatOf('thu-tuc.XLSX')).toBe('xlsx');
    expect(spreadsheetFormatOf('thu-tuc.csv')).toBe('csv');
  });
  it('tells a JSON list from CSV lines by their text', () => {
    expect(calendarFormatOf(' {"year":2027}')).toBe('json');
    expect(calendarFormatOf('2027-01-01,holiday')).toBe('csv');
  });
});
