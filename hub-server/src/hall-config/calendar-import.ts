/**
 * The year's official holidays and make-up working days (the Government's
 * yearly notice), read from a small JSON or CSV file, and merged into a hall
 * config: the year's days replace the ones listed for that year, in the
 * opening hours and in the processing calendar alike. Pure.
 *
 *   JSON: { "year": 2027, "holidays": ["2027-01-01", …], "makeUpDays": ["2027-02-20"] }
 *   CSV:  date,kind[,note]   kind: holiday | makeup (or "nghỉ" / "làm bù")
 */
import type { ImportRowError } from '@luot/protocol';
import type { HallConfig } from '../core/config/hall-config-schema';
import { parseCsv } from './csv-rows';

export interface CalendarYear {
  year: number | null;
  holidays: string[];
  makeUpDays: string[];
  rowErrors: ImportRowError[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isCalendarDay = (day: string) => DAY.test(day) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;

const rowError = (row: number, column: string, vi: string, en: string): ImportRowError => ({ row, column, message: { vi, en } });

const KINDS: Readonly<Record<string, 'holiday' | 'makeup'>> = {
  holiday: 'holiday',
  'nghỉ': 'holiday',
  nghi: 'holiday',
  'nghỉ lễ': 'holiday',
  makeup: 'makeup',
  'make-up': 'makeup',
  'làm bù': 'makeup',
  'lam bu': 'makeup',
};

export function parseCalendarImport(format: 'json' | 'csv', text: string): CalendarYear {
  const entries = format === 'json' ? fromJson(text) : fromCsv(text);
  if ('error' in entries) return { year: null, holidays: [], makeUpDays: [], rowErrors: [entries.error] };
  const rowErrors = [...entries.errors];
  const holidays: string[] = [];
  const makeUpDays: string[] = [];
  const years = new Set<number>();
  for (const e of entries.days) {
    if (!isCalendarDay(e.day)) {
      rowErrors.push(rowError(e.row, e.column, `"${e.day}" không phải một ngày YYYY-MM-DD có thật.`, `"${e.day}" is not a real date YYYY-MM-DD.`));
      continue;
    }
    const year = Number(e.day.slice(0, 4));
    if (entries.year !== null && year !== entries.year) {
      rowErrors.push(rowError(e.row, e.column, `Ngày ${e.day} không thuộc năm ${entries.year}.`, `${e.day} is not in ${entries.year}.`));
      continue;
    }
    years.add(year);
    const list = e.kind === 'holiday' ? holidays : makeUpDays;
    const other = e.kind === 'holiday' ? makeUpDays : holidays;
    if (other.includes(e.day)) {
      rowErrors.push(rowError(e.row, e.column, `Ngày ${e.day} vừa là ngày nghỉ vừa là ngày làm bù.`, `${e.day} is listed both as a holiday and as a make-up day.`));
      continue;
    }
    if (!list.includes(e.day)) list.push(e.day);
  }
  if (years.size > 1) rowErrors.push(rowError(1, 'date', 'Tệp chỉ nên có ngày của một năm.', 'The file should list the days of one year only.'));
  const year = entries.year ?? (years.size === 1 ? [...years][0]! : null);
  if (year === null && rowErrors.length === 0) rowErrors.push(rowError(1, 'date', 'Tệp không có ngày nào.', 'The file lists no days.'));
  return { year, holidays: holidays.sort(), makeUpDays: makeUpDays.sort(), rowErrors };
}

/** The config with the year's days replaced by the imported ones. */
export function withCalendarYear(config: HallConfig, year: number, holidays: readonly string[], makeUpDays: readonly string[]): HallConfig {
  const replaceYear = (days: readonly string[], imported: readonly string[]) =>
    [...days.filter((d) => !d.startsWith(`${year}-`)), ...imported].sort();
  return {
    ...config,
    hours: { ...config.hours, holidays: replaceYear(config.hours.holidays, holidays), makeUpDays: replaceYear(config.hours.makeUpDays, makeUpDays) },
    processing: {
      ...config.processing,
      holidays: replaceYear(config.processing.holidays, holidays),
      makeUpDays: replaceYear(config.processing.makeUpDays, makeUpDays),
    },
  };
}

interface Entry {
  row: number;
  column: string;
  day: string;
  kind: 'holiday' | 'makeup';
}

type Entries = { year: number | null; days: Entry[]; errors: ImportRowError[] } | { error: ImportRowError };

function fromJson(text: string): Entries {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: rowError(1, '', 'Tệp JSON sai cú pháp.', 'The JSON file cannot be read (syntax).') };
  }
  const v = value as { year?: unknown; holidays?: unknown; makeUpDays?: unknown } | null;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    return { error: rowError(1, '', 'Tệp JSON cần có dạng { "year", "holidays", "makeUpDays" }.', 'The JSON file must be { "year", "holidays", "makeUpDays" }.') };
  }
  const errors: ImportRowError[] = [];
  const year = typeof v.year === 'number' && Number.isInteger(v.year) && v.year >= 2000 && v.year <= 2100 ? v.year : null;
  if (v.year !== undefined && year === null) errors.push(rowError(1, 'year', '"year" cần là một năm, ví dụ 2027.', '"year" must be a year such as 2027.'));
  const days: Entry[] = [];
  for (const [column, kind] of [['holidays', 'holiday'], ['makeUpDays', 'makeup']] as const) {
    const list = v[column] ?? [];
    if (!Array.isArray(list)) {
      errors.push(rowError(1, column, `"${column}" cần là một danh sách ngày.`, `"${column}" must be a list of dates.`));
      continue;
    }
    list.forEach((day, i) => days.push({ row: i + 1, column, day: String(day), kind }));
  }
  return { year, days, errors };
}

function fromCsv(text: string): Entries {
  const rows = parseCsv(text);
  const errors: ImportRowError[] = [];
  const days: Entry[] = [];
  rows.forEach((cells, i) => {
    const row = i + 1;
    const [date = '', kindText = ''] = cells.map((c) => c.trim());
    if (date === '' && kindText === '') return;
    // A header line names the columns.
    if (i === 0 && !/^\d/.test(date)) return;
    const kind = KINDS[kindText.toLowerCase()];
    if (!kind) {
      errors.push(rowError(row, 'kind', `Loại ngày "${kindText}" chưa rõ: dùng "nghỉ" (holiday) hoặc "làm bù" (makeup).`, `Unknown kind "${kindText}": use holiday or makeup.`));
      return;
    }
    days.push({ row, column: 'date', day: date, kind });
  });
  return { year: null, days, errors };
}
