/**
 * A period report laid out as tables with Vietnamese headers: the one layout
 * the XLSX (a sheet each) and the CSV (one table per file) are written from.
 * Cells keep their kind — a number stays a number, a day stays a day — so the
 * workbook can give Excel real numbers and dates. Pure.
 */
import type { BreakdownName, BreakdownRow, DossierPeriodFigures, PeriodFigures, PeriodReport, SatisfactionFigures, TicketPeriodFigures } from '@luot/protocol';

/** A calendar day (`YYYY-MM-DD`): a date cell in the workbook, dd/mm/yyyy in the CSV. */
export interface DayCell {
  day: string;
}
export type Cell = string | number | null | DayCell;

export interface ReportTable {
  /** Sheet name (Excel allows at most 31 characters). */
  name: string;
  headers: string[];
  rows: Cell[][];
}

/**
 * A table whose rows are made as they are read (each pass over `rows` makes them again): the workbook
 * writes a year's late dossiers row by row without a second copy of the list as cells (issue 18).
 */
export interface TableLayout {
  name: string;
  headers: string[];
  rows: Iterable<Cell[]>;
}

/** `items` as rows, each made when the pass over it reaches it. */
const rowsOf = <T>(items: readonly T[], row: (item: T) => Cell[]): Iterable<Cell[]> => ({
  *[Symbol.iterator]() {
    for (const item of items) yield row(item);
  },
});

export const EXPORT_TABLES = ['summary', 'departments', 'services', 'counters', 'officers', 'priorities', 'sources', 'hours', 'procedures', 'arrivals', 'daily', 'late'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

const WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];

const TICKET_HEADERS = [
  'Số phiếu đã cấp', 'Đã phục vụ', 'Vắng mặt', 'Đã hủy', 'Hết hạn', 'Đã chuyển',
  'Chờ TB (phút)', 'Chờ trung vị (phút)', 'Chờ P90 (phút)', 'Chờ tối đa (phút)',
  'Phục vụ TB (phút)', 'Phục vụ trung vị (phút)', 'Phục vụ P90 (phút)', 'Phục vụ tối đa (phút)',
  'Được gọi trong thời gian chờ mục tiêu (%)',
];
const SATISFACTION_HEADERS = ['Rất hài lòng', 'Hài lòng', 'Không hài lòng', 'Không đánh giá', 'Tỷ lệ đánh giá (%)', 'Tỷ lệ hài lòng (%)'];
const DOSSIER_HEADERS = ['Hồ sơ tiếp nhận', 'Hồ sơ đã trả', 'Hồ sơ đang giải quyết', 'Trước hạn', 'Đúng hạn', 'Trễ hạn', 'Đúng và trước hạn (%)', 'Yêu cầu bổ sung'];

const ticketCells = (t: TicketPeriodFigures): Cell[] => [
  t.issued, t.served, t.noShow, t.cancelled, t.expired, t.transferred,
  t.wait.meanMinutes, t.wait.medianMinutes, t.wait.p90Minutes, t.wait.maxMinutes,
  t.service.meanMinutes, t.service.medianMinutes, t.service.p90Minutes, t.service.maxMinutes,
  t.servedWithinTargetPercent,
];
const satisfactionCells = (s: SatisfactionFigures): Cell[] => [s.verySatisfied, s.satisfied, s.notSatisfied, s.noAnswer, s.responsePercent, s.ratings.satisfiedPercent];
const dossierCells = (d: DossierPeriodFigures): Cell[] => [d.received, d.returned, d.pending, d.early, d.onTime, d.late, d.onTimePercent, d.supplementsAsked];
const figureCells = (f: PeriodFigures): Cell[] => [...ticketCells(f.tickets), ...satisfactionCells(f.satisfaction), ...dossierCells(f.dossiers)];

const BREAKDOWN_SHEETS: Record<BreakdownName, { name: string; key: string; label: string }> = {
  departments: { name: 'Theo cơ quan, đơn vị', key: 'Mã cơ quan', label: 'Cơ quan, đơn vị' },
  services: { name: 'Theo dịch vụ', key: 'Mã dịch vụ', label: 'Dịch vụ' },
  counters: { name: 'Theo quầy', key: 'Số quầy', label: 'Quầy' },
  officers: { name: 'Theo cán bộ', key: 'Mã cán bộ', label: 'Cán bộ' },
  priorities: { name: 'Theo đối tượng ưu tiên', key: 'Mã đối tượng', label: 'Đối tượng' },
  sources: { name: 'Theo nguồn lấy số', key: 'Mã nguồn', label: 'Nguồn' },
  hours: { name: 'Theo giờ lấy số', key: 'Giờ', label: 'Khung giờ' },
};

function breakdownTable(name: BreakdownName, rows: readonly BreakdownRow[]): TableLayout {
  const sheet = BREAKDOWN_SHEETS[name];
  const withDossiers = name === 'departments' || name === 'services';
  // A counter's number and an hour are numbers to Excel; other keys are codes.
  const key = (r: BreakdownRow): Cell => (name === 'counters' || name === 'hours' ? Number(r.key) : r.key);
  return {
    name: sheet.name,
    headers: [sheet.key, sheet.label, ...TICKET_HEADERS, ...SATISFACTION_HEADERS, ...(withDossiers ? DOSSIER_HEADERS : [])],
    rows: rowsOf(rows, (r) => [key(r), r.label, ...ticketCells(r.tickets), ...satisfactionCells(r.satisfaction), ...(withDossiers && r.dossiers ? dossierCells(r.dossiers) : [])]),
  };
}

/** The table's layout, its rows made as they are read. */
export function tableLayout(report: PeriodReport, table: ExportTable): TableLayout {
  switch (table) {
    case 'summary':
      return {
        name: 'Tổng hợp',
        headers: ['Kỳ báo cáo', 'Từ ngày', 'Đến ngày', ...TICKET_HEADERS, ...SATISFACTION_HEADERS, ...DOSSIER_HEADERS],
        rows: [
          ['Kỳ này', { day: report.from }, { day: report.to }, ...figureCells(report.totals)],
          ['Kỳ trước', { day: report.previous.from }, { day: report.previous.to }, ...figureCells(report.previous.totals)],
        ],
      };
    case 'procedures':
      return {
        name: 'Hồ sơ theo thủ tục',
        headers: ['Mã thủ tục', 'Thủ tục', 'Cơ quan, đơn vị', ...DOSSIER_HEADERS],
        rows: rowsOf(report.procedures, (p) => [p.procedureCode, p.name, p.department, ...dossierCells(p.dossiers)]),
      };
    case 'arrivals': {
      // Weekdays down, opening hours across: the grid a supervisor reads to plan counters.
      const hours = [...new Set(report.arrivals.map((a) => a.hour))].sort((a, b) => a - b);
      const issued = new Map(report.arrivals.map((a) => [`${a.weekday}-${a.hour}`, a.issued]));
      return {
        name: 'Lượt lấy số theo thứ và giờ',
        headers: ['Thứ', ...hours.map((h) => `${String(h).padStart(2, '0')}:00`)],
        rows: WEEKDAYS.map((name, i) => [name, ...hours.map((h) => issued.get(`${i + 1}-${h}`) ?? 0)]),
      };
    }
    case 'daily':
      return {
        name: 'Theo ngày',
        headers: ['Ngày', 'Số phiếu đã cấp', 'Đã phục vụ', 'Chờ TB (phút)'],
        rows: rowsOf(report.daily, (d) => [{ day: d.day }, d.issued, d.served, d.meanWaitMinutes]),
      };
    case 'late':
      return {
        name: 'Hồ sơ trễ hạn',
        headers: ['Mã hồ sơ', 'Cơ quan, đơn vị', 'Mã thủ tục', 'Dịch vụ', 'Ngày hẹn trả', 'Ngày trả', 'Số ngày trễ'],
        rows: rowsOf(report.lateDossiers, (d) => [d.code, d.department, d.procedureCode, d.service, { day: d.dueDay }, d.returnedDay === null ? 'Chưa trả' : { day: d.returnedDay }, d.daysLate]),
      };
    default:
      return breakdownTable(table, report.breakdowns[table]);
  }
}

/** The table with its rows made, for the CSV and the print. */
export function reportTable(report: PeriodReport, table: ExportTable): ReportTable {
  const layout = tableLayout(report, table);
  return { ...layout, rows: [...layout.rows] };
}

export const reportTables = (report: PeriodReport): ReportTable[] => EXPORT_TABLES.map((t) => reportTable(report, t));

/** `2026-11-23` → `23/11/2026`, as Vietnamese spreadsheets write a day. */
export const vietnameseDay = (day: string): string => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
