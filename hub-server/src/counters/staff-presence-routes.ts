/**
 * Who is signed in where (issue 17, the console's Officers screen): each
 * account, its open sessions (since when, connected now or not) and the
 * counter it is signed in at. For supervisors and admins.
 */
import { API_BASE, type StaffOverview } from '@luot/protocol';
import type { FastifyInstance } from 'fastify';
import type { SessionRepo } from '../auth/session-repo';
import type { UserRepo } from '../auth/user-repo';
import type { Clock } from '../core/clock';
import type { SocketControl } from '../core/transport/disconnect-principals';
import { requireStaff, withPrincipal, type HttpGate } from '../core/transport/http-auth';
import { sendError } from '../core/transport/http-errors';
import type { CounterRepo } from './counter-repo';

export interface StaffPresenceDeps extends HttpGate {
  ctx: { users: UserRepo; sessions: SessionRepo; counters: CounterRepo; clock: Clock };
}

export function registerStaffPresenceRoutes(app: FastifyInstance, hub: StaffPresenceDeps, sockets: SocketControl): void {
  const { ctx } = hub;
  app.get(
    `${API_BASE}/staff-overview`,
    withPrincipal(hub, (p, _req, reply) => {
      const staff = requireStaff(p, ['admin', 'supervisor']);
      if (!staff.ok) return sendError(reply, staff.error);
      const online = new Set(sockets.connected().flatMap((q) => (q.kind === 'staff' ? [q.sessionId] : [])));
      const open = ctx.sessions.openSessions(ctx.clock.now());
      const atCounter = new Map(ctx.counters.all().flatMap((c) => (c.officerId === null ? [] : [[c.officerId, c.number] as const])));
      return ctx.users.all().map(
        (u): StaffOverview => ({
          id: u.id,
          username: u.username,
          name: u.name,
          role: u.role,
          active: u.active,
          mustChangePassword: u.mustChangePassword,
          counter: atCounter.get(u.id) ?? null,
          sessions: open.filter((s) => s.userId === u.id).map((s) => ({ since: s.createdAt, expiresAt: s.expiresAt, connected: online.has(s.id) })),
        }),
      );
    }),
  );
}
