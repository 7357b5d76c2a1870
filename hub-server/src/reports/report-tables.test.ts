/**
 * The tables' rows are made as they are read (the workbook writes a year's
 * late dossiers without a copy of them as cells): every pass gives every
 * row, in the report's order, as the CSV's materialised table has them.
 */
import { describe, expect, it } from 'vitest';
import type { LateDossier, PeriodReport } from '@luot/protocol';
import { reportTable, tableLayout } from './report-tables';

const late = (count: number): LateDossier[] =>
  Array.from({ length: count }, (_, i) => ({
    code: `HS-${String(count - i).padStart(5, '0')}`, department: 'STP', procedureCode: 'TP-01', service: 'HT',
    dueDay: '2026-03-02', returnedDay: i % 2 === 0 ? null : '2026-03-10', daysLate: 20_000 - i,
  }));

/** Only the late list matters here; the other tables are not read. */
const reportWith = (lateDossiers: LateDossier[]) => ({ from: '2026-01-01', to: '2026-12-31', lateDossiers }) as unknown as PeriodReport;

describe('tableLayout', () => {
  it('gives every late dossier of a long list, in order, on each pass, without making them before', () => {
    const list = late(12_000);
    const report = reportWith(list);
    const layout = tableLayout(report, 'late');
    // Made lazily: a dossier added after the layout was taken is in the next pass.
    list.push({ ...list[0]!, code: 'HS-LAST', daysLate: 1 });
    const first = [...layout.rows];
    const second = [...layout.rows];
    expect(first).toHaveLength(12_001);
    expect(first.map((r) => r[0])).toEqual(list.map((d) => d.code));
    expect(second).toEqual(first);
    expect(first[0]).toEqual([list[0]!.code, 'STP', 'TP-01', 'HT', { day: '2026-03-02' }, 'Chưa trả', 20_000]);
    expect(first[1]![5]).toEqual({ day: '2026-03-10' });
    expect(reportTable(report, 'late').rows).toEqual(first);
  });
});
