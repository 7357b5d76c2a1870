/** The hall over HTTP: its catalogue and live loads for sign-in screens, and the health check. */
import { API_BASE, type HallSnapshot, type ProvinceLinkHealth } from '@luot/protocol';
import type { FastifyInstance } from 'fastify';
import { localDay } from '../core/clock';
import type { HallContext } from '../core/hall-context';

export interface HallRoutesDeps {
  ctx: Pick<HallContext, 'clock' | 'log'>;
  snapshot: { build(): HallSnapshot };
  /** The link to the province, when one is configured: its backlog shows in the health check. */
  provinceLink?: (() => ProvinceLinkHealth) | undefined;
}

export function registerHallRoutes(app: FastifyInstance, hub: HallRoutesDeps): void {
  const { ctx } = hub;
  app.get(`${API_BASE}/hall`, () => {
    const s = hub.snapshot.build();
    // Counters (number, name, area, services) let a sign-in screen offer a list.
    const counters = s.counters.map(({ number, name, area, services }) => ({ number, name, area, services }));
    return { hall: s.hall, day: s.day, departments: s.departments, services: s.services, loads: s.loads, counters };
  });

  app.get('/healthz', () => ({
    ok: true,
    seq: ctx.log.lastSeq(),
    day: localDay(ctx.clock.now()),
    ...(hub.provinceLink ? { province: hub.provinceLink() } : {}),
  }));
}
