/** GET /api/v1/backups — the hall's backups and their state, for supervisors and admins. */
import { API_BASE, type BackupStatus } from '@luot/protocol';
import type { FastifyInstance } from 'fastify';
import { principalOf, requireStaff, type HttpGate } from '../core/transport/http-auth';
import { sendError } from '../core/transport/http-errors';

export interface BackupRoutesDeps extends HttpGate {
  backups: { status(): BackupStatus };
}

export function registerBackupRoutes(app: FastifyInstance, hub: BackupRoutesDeps): void {
  app.get(`${API_BASE}/backups`, (req, reply) => {
    const p = principalOf(hub.auth, req);
    if (!p.ok) return sendError(reply, p.error);
    const staff = requireStaff(p.value, ['supervisor', 'admin']);
    if (!staff.ok) return sendError(reply, staff.error);
    return hub.backups.status();
  });
}
