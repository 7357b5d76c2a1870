/**
 * GET /api/v1/reports?from=&to= or ?period=&date=: any period's figures, for
 * supervisors and admins; the same as a workbook (reports.xlsx, a sheet per
 * table) and as CSV (reports.csv, one table chosen by `table`).
 */
import { PassThrough } from 'node:stream';
import { API_BASE, luotError, periodOf, periodReportQuerySchema, zodToLuotError, type PeriodReport } from '@luot/protocol';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { principalOf, requireStaff, type HttpGate } from '../core/transport/http-auth';
import { sendError } from '../core/transport/http-errors';
import type { PeriodReport as Report, Period, PeriodKind } from '@luot/protocol';
import { reportCsv } from './report-csv';
import { EXPORT_TABLES, reportTable, type ExportTable } from './report-tables';
import { XLSX_TYPE, writeReportWorkbook } from './report-xlsx';
import { reportPrintPage } from './report-print-page';

export const REPORT_ROLES = ['supervisor', 'admin'] as const;

export interface PeriodReportRouteDeps extends HttpGate {
  reports: { report(kind: PeriodKind | 'range', period: Period): Report };
  today: () => string;
  hallName: string;
  hallAddress: string;
}

/**
 * Checks the caller and the period query, then hands the report to `send`.
 * `table` (CSV only) is taken out first: the period query itself is strict.
 */
function withPeriodReport(hub: PeriodReportRouteDeps, send: (report: PeriodReport, reply: FastifyReply, table: string | undefined) => unknown) {
  return (req: FastifyRequest, reply: FastifyReply) => {
    const p = principalOf(hub.auth, req);
    if (!p.ok) return sendError(reply, p.error);
    const staff = requireStaff(p.value, REPORT_ROLES);
    if (!staff.ok) return sendError(reply, staff.error);
    const { table, ...query } = req.query as Record<string, unknown>;
    if (table !== undefined && typeof table !== 'string') return sendError(reply, luotError('invalid_payload', { vi: 'Chỉ chọn một bảng.', en: 'Choose one table.' }, 'table'));
    const q = periodReportQuerySchema.safeParse(query);
    if (!q.success) return sendError(reply, zodToLuotError(q.error));
    const { from, to, period, date } = q.data;
    const report = period !== undefined ? hub.reports.report(period, periodOf(period, date ?? hub.today())) : hub.reports.report('range', { from: from!, to: to! });
    return send(report, reply, table);
  };
}

const fileName = (r: PeriodReport, ext: string, table?: string) => `bao-cao-${r.from}-${r.to}${table ? `-${table}` : ''}.${ext}`;
const isTable = (t: string): t is ExportTable => (EXPORT_TABLES as readonly string[]).includes(t);

export function registerPeriodReportRoutes(app: FastifyInstance, hub: PeriodReportRouteDeps): void {
  app.get(`${API_BASE}/reports`, withPeriodReport(hub, (report, reply, table) => (table === undefined ? report : sendError(reply, luotError('invalid_payload', { vi: 'Tham số table chỉ dùng cho tệp CSV.', en: 'table is for the CSV only.' }, 'table')))));
  app.get(
    `${API_BASE}/reports.xlsx`,
    withPeriodReport(hub, (report, reply, table) => {
      if (table !== undefined) return sendError(reply, luotError('invalid_payload', { vi: 'Tệp Excel có mọi bảng; không chọn bảng.', en: 'The workbook holds every table; no table to choose.' }, 'table'));
      // Streamed as it is written (chunked, no content-length): the year's workbook is never whole in the hub's memory.
      const body = new PassThrough();
      writeReportWorkbook(report, hub.hallName, body).catch((e: unknown) => body.destroy(e instanceof Error ? e : new Error(String(e))));
      return reply.header('content-disposition', `attachment; filename="${fileName(report, 'xlsx')}"`).type(XLSX_TYPE).send(body);
    }),
  );
  // The A4 print of the report: the hall's header, the summary, departments and late dossiers.
  app.get(
    `${API_BASE}/reports.html`,
    withPeriodReport(hub, (report, reply, table) =>
      table !== undefined
        ? sendError(reply, luotError('invalid_payload', { vi: 'Bản in có các bảng chính; không chọn bảng.', en: 'The print holds the main tables; no table to choose.' }, 'table'))
        : reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(reportPrintPage(report, { name: hub.hallName, address: hub.hallAddress })),
    ),
  );
  app.get(
    `${API_BASE}/reports.csv`,
    withPeriodReport(hub, (report, reply, table = 'summary') => {
      if (!isTable(table)) return sendError(reply, luotError('invalid_payload', { vi: `Bảng phải là một trong: ${EXPORT_TABLES.join(', ')}.`, en: `table must be one of: ${EXPORT_TABLES.join(', ')}.` }, 'table'));
      return reply
        .header('content-disposition', `attachment; filename="${fileName(report, 'csv', table)}"`)
        .type('text/csv; charset=utf-8')
        .send(reportCsv(reportTable(report, table)));
    }),
  );
}
