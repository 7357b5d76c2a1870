/**
 * The supervisor's view of telling citizens: the sender's settings (never a
 * credential, a body or a header value) with its health, and today's outbox
 * (counts and the latest messages; no phone number, no text).
 */
import { API_BASE, type SenderHealth } from '@luot/protocol';
import type { FastifyInstance } from 'fastify';
import { localDay, type Clock } from '../core/clock';
import { publicSenderSettings, type NotificationsConfig } from '../core/config/notifications-schema';
import { requireStaff, withPrincipal, type HttpGate } from '../core/transport/http-auth';
import { sendError } from '../core/transport/http-errors';
import type { OutboxRepo } from './outbox-repo';

export interface NotifyRoutesDeps extends HttpGate {
  clock: Clock;
  /** The settings in force (a live config change shows at once). */
  config: () => NotificationsConfig;
  outbox: OutboxRepo;
  health: () => SenderHealth;
}

const SUPERVISING = ['supervisor', 'admin'] as const;

export function registerNotifyRoutes(app: FastifyInstance, hub: NotifyRoutesDeps): void {
  app.get(
    `${API_BASE}/notifications`,
    withPrincipal(hub, (p, _req, reply) => {
      const staff = requireStaff(p, SUPERVISING);
      if (!staff.ok) return sendError(reply, staff.error);
      return reply.header('cache-control', 'no-store').send({ ...publicSenderSettings(hub.config()), health: hub.health() });
    }),
  );

  app.get(
    `${API_BASE}/notifications/outbox`,
    withPrincipal(hub, (p, _req, reply) => {
      const staff = requireStaff(p, SUPERVISING);
      if (!staff.ok) return sendError(reply, staff.error);
      return reply.header('cache-control', 'no-store').send(hub.outbox.today(localDay(hub.clock.now()), hub.health()));
    }),
  );
}
