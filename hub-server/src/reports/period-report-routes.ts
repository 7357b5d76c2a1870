/** GET /api/v1/reports?from=&to= or ?period=&date=: any period's figures, for supervisors and admins. */
import { API_BASE, periodOf, periodReportQuerySchema, zodToLuotError, type PeriodReport } from '@luot/protocol';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { principalOf, requireStaff, type HttpGate } from '../core/transport/http-auth';
import { sendError } from '../core/transport/http-errors';
import type { PeriodReportService } from './period-report-service';

export const REPORT_ROLES = ['supervisor', 'admin'] as const;

export interface PeriodReportRouteDeps extends HttpGate {
  reports: PeriodReportService;
  today: () => string;
}

/** Checks the caller and the query, then hands the period's report to `send` (JSON here; XLSX and CSV in report-export-routes). */
export function withPeriodReport(hub: PeriodReportRouteDeps, send: (report: PeriodReport, reply: FastifyReply) => unknown) {
  return (req: FastifyRequest, reply: FastifyReply) => {
    const p = principalOf(hub.auth, req);
    if (!p.ok) return sendError(reply, p.error);
    const staff = requireStaff(p.value, REPORT_ROLES);
    if (!staff.ok) return sendError(reply, staff.error);
    const q = periodReportQuerySchema.safeParse(req.query);
    if (!q.success) return sendError(reply, zodToLuotError(q.error));
    const { from, to, period, date } = q.data;
    const report = period !== undefined ? hub.reports.report(period, periodOf(period, date ?? hub.today())) : hub.reports.report('range', { from: from!, to: to! });
    return send(report, reply);
  };
}

export function registerPeriodReportRoutes(app: FastifyInstance, hub: PeriodReportRouteDeps): void {
  app.get(`${API_BASE}/reports`, withPeriodReport(hub, (report) => report));
}

