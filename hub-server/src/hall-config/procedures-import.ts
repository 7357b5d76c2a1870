/**
 * The procedures catalogue from a spreadsheet exported by the province's
 * catalogue (rows of cells, from CSV or XLSX): each row is checked with the
 * config's own `procedureSchema` and against the hall's departments and
 * services, and errors name the row (1 = the header), the column and why.
 * Rows are matched by procedure code: added, changed or unchanged. Pure.
 *
 * Columns (by header, Vietnamese or English, any order): code / mã thủ tục,
 * name / tên thủ tục, field / lĩnh vực, department / cơ quan, đơn vị (or bộ phận), service / dịch vụ,
 * level / cấp, processingDays / số ngày, processingTime / thời hạn,
 * fee / phí, documents / thành phần hồ sơ (one per line or `;`, each
 * "name (originals/copies)"), onlineLevel / mức trực tuyến, keywords / từ khóa,
 * forms / biểu mẫu (one per line or `;`, each "name | link" or a bare link).
 */
import type { ImportRowError } from '@luot/protocol';
import { describeZodError, formatConfigPath } from '../core/config/describe-config-issue';
import { procedureSchema, type HallConfig, type ProcedureConfig } from '../core/config/hall-config-schema';

const COLUMNS = {
  code: ['code', 'mã thủ tục', 'mã', 'ma thu tuc'],
  name: ['name', 'tên thủ tục', 'tên', 'ten thu tuc'],
  field: ['field', 'lĩnh vực', 'linh vuc'],
  department: ['department', 'cơ quan, đơn vị', 'co quan, don vi', 'đơn vị', 'don vi', 'bộ phận', 'bo phan', 'cơ quan', 'co quan'],
  service: ['service', 'dịch vụ', 'dich vu'],
  level: ['level', 'cấp', 'cap'],
  processingDays: ['processingdays', 'số ngày', 'so ngay', 'số ngày làm việc'],
  processingTime: ['processingtime', 'thời hạn', 'thời hạn giải quyết', 'thoi han'],
  fee: ['fee', 'phí', 'lệ phí', 'phí, lệ phí', 'phi'],
  documents: ['documents', 'thành phần hồ sơ', 'hồ sơ', 'thanh phan ho so'],
  onlineLevel: ['onlinelevel', 'mức trực tuyến', 'dịch vụ công trực tuyến'],
  keywords: ['keywords', 'từ khóa', 'từ khoá', 'tu khoa'],
  forms: ['forms', 'biểu mẫu', 'mẫu đơn, tờ khai', 'bieu mau'],
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: readonly Column[] = ['code', 'name', 'field', 'department', 'service', 'processingDays', 'fee', 'documents'];

export interface ProceduresRead {
  procedures: ProcedureConfig[];
  rowErrors: ImportRowError[];
}

const rowError = (row: number, column: string, vi: string, en: string): ImportRowError => ({ row, column, message: { vi, en } });

export function readProcedureRows(rows: readonly (readonly string[])[], config: HallConfig): ProceduresRead {
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const at = new Map<Column, number>();
  for (const [column, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    const i = header.findIndex((h) => names.includes(h));
    if (i >= 0) at.set(column, i);
  }
  const missing = REQUIRED.filter((c) => !at.has(c));
  if (missing.length > 0) {
    return {
      procedures: [],
      rowErrors: missing.map((c) => rowError(1, c, `Thiếu cột "${COLUMNS[c][1] ?? c}" (${c}) ở dòng tiêu đề.`, `The header has no "${c}" column.`)),
    };
  }
  const departments = new Set(config.departments.map((d) => d.code));
  const services = new Set(config.services.map((s) => s.code));
  const procedures: ProcedureConfig[] = [];
  const rowErrors: ImportRowError[] = [];
  const seen = new Map<string, number>();
  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const cell = (c: Column) => {
      const index = at.get(c);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    if (cells.every((c) => c.trim() === '')) return;
    const errors: ImportRowError[] = [];
    const documents = readDocuments(cell('documents'));
    if (!documents.ok) errors.push(rowError(row, 'documents', documents.vi, documents.en));
    const days = Number(cell('processingDays').replace(',', '.'));
    const candidate = {
      code: cell('code'),
      name: cell('name'),
      field: cell('field'),
      department: cell('department'),
      service: cell('service'),
      level: readLevel(cell('level')),
      processingTime: { inPerson: cell('processingTime') || `${cell('processingDays')} ngày làm việc` },
      processingDays: cell('processingDays') === '' ? Number.NaN : days,
      fee: cell('fee'),
      documents: documents.ok ? documents.value : [{ name: '-', originals: 1, copies: 0 }],
      ...(cell('onlineLevel') ? { onlineLevel: readOnlineLevel(cell('onlineLevel')) } : {}),
      ...(cell('keywords') ? { keywords: cell('keywords').split(/[;\n]/).map((k) => k.trim()).filter(Boolean) } : {}),
      ...(cell('forms') ? { forms: readForms(cell('forms')) } : {}),
    };
    const parsed = procedureSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of describeZodError(parsed.error, candidate)) {
        const column = String(issue.path[0] ?? '');
        errors.push(rowError(row, column, `Cột ${column}: ${issue.vi}`, `${formatConfigPath(issue.path)}: ${issue.en}`));
      }
    }
    if (cell('department') !== '' && !departments.has(cell('department'))) {
      errors.push(rowError(row, 'department', `Cơ quan, đơn vị "${cell('department')}" không có trong cấu hình sảnh.`, `Department "${cell('department')}" is not in the hall config.`));
    }
    if (cell('service') !== '' && !services.has(cell('service'))) {
      errors.push(rowError(row, 'service', `Dịch vụ "${cell('service')}" không có trong cấu hình sảnh.`, `Service "${cell('service')}" is not in the hall config.`));
    }
    const first = seen.get(candidate.code);
    if (candidate.code !== '' && first !== undefined) {
      errors.push(rowError(row, 'code', `Mã thủ tục ${candidate.code} trùng với dòng ${first}.`, `Procedure code ${candidate.code} repeats row ${first}.`));
    } else seen.set(candidate.code, row);
    if (errors.length > 0 || !parsed.success) rowErrors.push(...errors);
    else procedures.push(parsed.data);
  });
  return { procedures, rowErrors };
}

/** The config's catalogue with the imported procedures added or replaced by code (others kept), and what changed. */
export function mergeProcedures(config: HallConfig, imported: readonly ProcedureConfig[]) {
  const before = new Map(config.procedures.map((p) => [p.code, p]));
  const added: string[] = [];
  const changed: string[] = [];
  const unchanged: string[] = [];
  for (const p of imported) {
    const old = before.get(p.code);
    if (!old) added.push(p.code);
    else if (JSON.stringify(old) === JSON.stringify(p)) unchanged.push(p.code);
    else changed.push(p.code);
  }
  const byCode = new Map(imported.map((p) => [p.code, p]));
  const procedures = [...config.procedures.map((p) => byCode.get(p.code) ?? p), ...imported.filter((p) => !before.has(p.code))];
  return { config: { ...config, procedures }, added, changed, unchanged };
}

type Documents = { ok: true; value: ProcedureConfig['documents'] } | { ok: false; vi: string; en: string };

/** "Tờ khai (1/0); Bản sao CCCD (0/1)" → documents; a name alone counts one original. */
function readDocuments(text: string): Documents {
  const parts = text.split(/[;\n]/).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return { ok: false, vi: 'Cần ít nhất một giấy tờ.', en: 'At least one document is needed.' };
  const value: ProcedureConfig['documents'] = [];
  for (const part of parts) {
    const m = /^(.*?)\s*\((\d{1,2})\s*\/\s*(\d{1,2})\)$/.exec(part);
    if (m) value.push({ name: m[1]!, originals: Number(m[2]), copies: Number(m[3]) });
    else if (/\(.*\)$/.test(part)) {
      return { ok: false, vi: `Giấy tờ "${part}": số bản ghi dạng (bản chính/bản sao), ví dụ (1/0).`, en: `Document "${part}": write the counts as (originals/copies), e.g. (1/0).` };
    } else value.push({ name: part, originals: 1, copies: 0 });
  }
  return { ok: true, value };
}

/** "Tờ khai | https://…; https://…/mau-02.docx" → forms; a bare link is named by its file name. */
function readForms(text: string): { name: string; url: string }[] {
  return text
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [name, url] = part.includes('|') ? part.split('|', 2).map((p) => p.trim()) : [part.split('/').pop() ?? part, part];
      return { name: name || (url ?? ''), url: url ?? '' };
    });
}

function readLevel(text: string): string {
  const t = text.toLowerCase();
  if (t === '' || t === 'tỉnh' || t === 'cấp tỉnh') return 'province';
  if (t === 'xã' || t === 'cấp xã') return 'commune';
  return t;
}

function readOnlineLevel(text: string): string {
  const t = text.toLowerCase();
  if (t === 'một phần' || t === 'mot phan') return 'partial';
  if (t === 'toàn trình' || t === 'toan trinh') return 'full';
  return t;
}
