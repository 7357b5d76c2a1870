/**
 * The public statistics: GET /api/v1/statistics (JSON, for portals) and the
 * /thong-ke/ page. No sign-in; figures only (see public-statistics.ts in the
 * protocol); shared caches may keep them for a minute.
 */
import { API_BASE, PUBLIC_STATISTICS_MAX_AGE_SECONDS } from '@luot/protocol';
import type { FastifyInstance } from 'fastify';
import { publicStatisticsPage } from './public-statistics-page';
import type { PublicStatisticsService } from './public-statistics-service';

export const PUBLIC_STATISTICS_PAGE = '/thong-ke/';
const CACHE = `public, max-age=${PUBLIC_STATISTICS_MAX_AGE_SECONDS}`;

export function registerPublicStatisticsRoutes(app: FastifyInstance, statistics: PublicStatisticsService): void {
  app.get(`${API_BASE}/statistics`, (_req, reply) => reply.header('cache-control', CACHE).send(statistics.current()));
  app.get(PUBLIC_STATISTICS_PAGE, (_req, reply) => reply.header('cache-control', CACHE).type('text/html; charset=utf-8').send(publicStatisticsPage(statistics.current())));
  app.get('/thong-ke', (_req, reply) => reply.redirect(PUBLIC_STATISTICS_PAGE, 301));
}
