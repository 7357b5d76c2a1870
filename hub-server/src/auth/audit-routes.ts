/**
 * The audit log over HTTP, for admins only (it holds every staff member's
 * reads of personal data; supervisors do not see it): filtered by who, what
 * and when as JSON for the admin screen, or as a CSV file for Excel. Each CSV
 * download is itself audited.
 */
import { API_BASE, auditQuerySchema, parsePayload } from '@luot/protocol';
import type { FastifyInstance } from 'fastify';
import type { AuditLog } from '../core/audit-log';
import type { Clock } from '../core/clock';
import { requireStaff, withPrincipal, type HttpGate } from '../core/transport/http-auth';
import { sendError } from '../core/transport/http-errors';
import { auditCsv, formatHallTimestamp } from './audit-csv';

export interface AuditRoutesDeps extends HttpGate {
  ctx: { audit: AuditLog; clock: Clock };
}

export function registerAuditRoutes(app: FastifyInstance, hub: AuditRoutesDeps): void {
  const { audit, clock } = hub.ctx;

  app.get(
    `${API_BASE}/audit`,
    withPrincipal(hub, (p, req, reply) => {
      const admin = requireStaff(p, ['admin']);
      if (!admin.ok) return sendError(reply, admin.error);
      const q = parsePayload(auditQuerySchema, req.query);
      if (!q.ok) return sendError(reply, q.error);
      return reply.header('cache-control', 'no-store').send(audit.find(q.value));
    }),
  );

  app.get(
    `${API_BASE}/audit.csv`,
    withPrincipal(hub, (p, req, reply) => {
      const admin = requireStaff(p, ['admin']);
      if (!admin.ok) return sendError(reply, admin.error);
      const q = parsePayload(auditQuerySchema, req.query);
      if (!q.ok) return sendError(reply, q.error);
      const page = audit.find(q.value);
      const now = clock.now();
      audit.append({
        at: now,
        actor: `user:${admin.value.username}`,
        action: 'audit-exported',
        subject: null,
        address: req.ip,
        detail: { rows: page.entries.length, truncated: page.truncated, ...q.value },
      });
      const stamp = formatHallTimestamp(now).replace(/[: ]/g, '-');
      return reply
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="nhat-ky-kiem-tra-${stamp}.csv"`)
        .type('text/csv; charset=utf-8')
        .send(auditCsv(page.entries));
    }),
  );
}
