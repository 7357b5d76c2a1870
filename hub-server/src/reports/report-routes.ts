/** GET /api/v1/reports/day?day=YYYY-MM-DD — the day's figures for staff (today by default); and the period reports. */
import { API_BASE, DAY_PATTERN, luotError } from '@luot/protocol';
import type { FastifyInstance } from 'fastify';
import { localDay } from '../core/clock';
import type { UserReads } from '../auth/user-repo';
import type { HallContext } from '../core/hall-context';
import { principalOf, type HttpGate } from '../core/transport/http-auth';
import { sendError } from '../core/transport/http-errors';
import { createReportService } from './report-service';
import { createRolledPeriodReportService } from './rolled-period-report-service';
import { registerPeriodReportRoutes } from './period-report-routes';
import { registerPublicStatisticsRoutes } from './public-statistics-routes';
import { createPublicStatistics } from './public-statistics-service';

export interface ReportRoutesDeps extends HttpGate {
  ctx: Pick<HallContext, 'readDb' | 'catalog' | 'clock'> & { users: UserReads };
}

export function registerReportRoutes(app: FastifyInstance, hub: ReportRoutesDeps): void {
  const reports = createReportService(hub.ctx);
  app.get(`${API_BASE}/reports/day`, (req, reply) => {
    const p = principalOf(hub.auth, req);
    if (!p.ok) return sendError(reply, p.error);
    if (p.value.kind !== 'staff') return sendError(reply, luotError('forbidden'));
    const { day } = req.query as { day?: string };
    if (day !== undefined && !DAY_PATTERN.test(day)) return sendError(reply, luotError('invalid_payload', { vi: 'Ngày phải có dạng YYYY-MM-DD.', en: 'day must be YYYY-MM-DD.' }, 'day'));
    return reports.day(day ?? localDay(hub.ctx.clock.now()));
  });
  const periodReports = createRolledPeriodReportService(hub.ctx);
  registerPublicStatisticsRoutes(app, createPublicStatistics({ report: periodReports.report, now: () => hub.ctx.clock.now(), hallName: hub.ctx.catalog.config.hall.name.vi }));
  registerPeriodReportRoutes(app, {
    auth: hub.auth,
    reports: periodReports,
    today: () => localDay(hub.ctx.clock.now()),
    hallName: hub.ctx.catalog.config.hall.name.vi,
    hallAddress: hub.ctx.catalog.config.hall.address,
  });
}
