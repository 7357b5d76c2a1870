/** The province's API for its dashboard: sign-in, halls (enrol, revoke, live), period reports and their XLSX. */
import {
  enrolHallSchema,
  luotError,
  parsePayload,
  periodQuerySchema,
  provinceAccountSchema,
  provinceSignInSchema,
} from '@luot/protocol';
import type { FastifyInstance } from 'fastify';
import { visibleHalls, type AccountGuard } from '../accounts/account-guard';
import type { AccountRepo } from '../accounts/account-repo';
import { createSignInThrottle } from '../accounts/sign-in-throttle';
import type { HallRepo } from '../halls/hall-repo';
import type { LiveRepo } from '../live/live-repo';
import { periodReport } from '../reports/period-report';
import type { ReportRepo } from '../reports/report-repo';
import type { TicketFold } from '../reports/ticket-fold';
import { reportWorkbook } from '../reports/report-xlsx';
import { sendError } from './http-errors';

export interface ProvinceRouteDeps {
  accounts: AccountRepo;
  guard: AccountGuard;
  halls: HallRepo;
  live: LiveRepo;
  reports: ReportRepo;
  fold: TicketFold;
  now: () => number;
}

const EVERYONE = ['province_admin', 'viewer', 'hall_supervisor'] as const;

export function registerProvinceRoutes(app: FastifyInstance, deps: ProvinceRouteDeps): void {
  const { guard } = deps;
  const throttle = createSignInThrottle(deps.now);

  app.post('/api/v1/auth/login', async (req, reply) => {
    const waitMs = throttle.lockedFor(req.ip);
    if (waitMs > 0) {
      const minutes = Math.ceil(waitMs / 60_000);
      return sendError(
        reply,
        luotError('too_many_attempts', {
          vi: `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
          en: `Too many failed sign-ins. Please try again in ${minutes} min.`,
        }),
      );
    }
    const body = parsePayload(provinceSignInSchema, req.body);
    if (!body.ok) return sendError(reply, body.error);
    const session = await deps.accounts.signIn(body.value.username, body.value.password);
    if (!session) {
      throttle.failed(req.ip);
      return sendError(reply, luotError('bad_credentials'));
    }
    throttle.succeeded(req.ip);
    return session;
  });

  app.post('/api/v1/accounts', async (req, reply) => {
    if (!(await guard.require(req, reply, ['province_admin']))) return reply;
    const body = parsePayload(provinceAccountSchema, req.body);
    if (!body.ok) return sendError(reply, body.error);
    const { password, hall, ...rest } = body.value;
    try {
      await deps.accounts.create({ ...rest, hall: hall ?? null }, password);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === '23505') return sendError(reply, luotError('conflict', { vi: 'Tên đăng nhập đã có.', en: 'That username is taken.' }));
      if (code === '23503') return sendError(reply, luotError('not_found', { vi: 'Không có trung tâm này.', en: 'No such hall.' }, 'hall'));
      throw e;
    }
    return reply.code(201).send({ username: rest.username });
  });

  app.post('/api/v1/halls', async (req, reply) => {
    if (!(await guard.require(req, reply, ['province_admin']))) return reply;
    const body = parsePayload(enrolHallSchema, req.body);
    if (!body.ok) return sendError(reply, body.error);
    return reply.code(201).send(await deps.halls.enrol(body.value.id, body.value.name));
  });

  app.post<{ Params: { id: string } }>('/api/v1/halls/:id/revoke', async (req, reply) => {
    if (!(await guard.require(req, reply, ['province_admin']))) return reply;
    if (!(await deps.halls.revoke(req.params.id))) return sendError(reply, luotError('not_found'));
    return { revoked: req.params.id };
  });

  app.get('/api/v1/halls/live', async (req, reply) => {
    const account = await guard.require(req, reply, EVERYONE);
    if (!account) return reply;
    return deps.live.halls(visibleHalls(account));
  });

  const period = async (query: unknown, account: Parameters<typeof visibleHalls>[0]) => {
    const q = parsePayload(periodQuerySchema, query);
    if (!q.ok) return q;
    const visible = visibleHalls(account);
    if (q.value.hall !== undefined && visible !== null && !visible.includes(q.value.hall)) return { ok: false as const, error: luotError('forbidden') };
    const halls = q.value.hall !== undefined ? [q.value.hall] : visible;
    return { ok: true as const, value: await periodReport(deps, q.value.from, q.value.to, halls, deps.now()) };
  };

  app.get('/api/v1/reports/period', async (req, reply) => {
    const account = await guard.require(req, reply, EVERYONE);
    if (!account) return reply;
    const report = await period(req.query, account);
    return report.ok ? report.value : sendError(reply, report.error);
  });

  app.get('/api/v1/reports/period.xlsx', async (req, reply) => {
    const account = await guard.require(req, reply, EVERYONE);
    if (!account) return reply;
    const report = await period(req.query, account);
    if (!report.ok) return sendError(reply, report.error);
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="bao-cao-${report.value.from}-${report.value.to}.xlsx"`)
      .send(await reportWorkbook(report.value));
  });
}
