/**
 * The hall config over HTTP (issue 17): supervisors and admins read it and
 * its history; admins change it, roll it back, import and export it. Every
 * change is audited (config-service). Bodies may be a whole config, so these
 * routes take up to CONFIG_BODY_LIMIT, not the hub's usual 64 KB.
 */
import {
  API_BASE,
  CONFIG_SECTIONS,
  calendarImportSchema,
  configChangeSchema,
  configImportSchema,
  configRollbackSchema,
  luotError,
  parsePayload,
  proceduresImportSchema,
  revisionPathSchema,
  type ConfigChangeOutcome,
  type ConfigProblem,
  type LuotError,
} from '@luot/protocol';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../auth/auth-service';
import type { HallConfig } from '../core/config/hall-config-schema';
import { requireStaff, withPrincipal, type HttpGate, type Staff } from '../core/transport/http-auth';
import { sendError } from '../core/transport/http-errors';
import { parseCalendarImport, withCalendarYear } from './calendar-import';
import type { ConfigService, Proposal } from './config-service';
import { exportYaml, validateConfig, validateConfigText } from './config-text';
import { maskAnswer, maskSender } from './sender-masking';
import { parseCsv } from './csv-rows';
import { mergeProcedures, readProcedureRows } from './procedures-import';
import { readXlsxRows } from './xlsx-rows';

/** A whole config as JSON (the demo hall's is ~150 KB), or a spreadsheet in base64. */
export const CONFIG_BODY_LIMIT = 4 * 1024 * 1024;

export interface ConfigRoutesDeps extends HttpGate {
  config: ConfigService;
}

const listQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/** A refused change: the first problem as the error (its code and field), and every problem. */
function refuse(reply: FastifyReply, outcome: Pick<ConfigChangeOutcome, 'problems' | 'diff'>, extra: Record<string, unknown> = {}) {
  const first = outcome.problems[0]!;
  const error: LuotError = luotError(first.code as LuotError['code'], first.message, first.path === '' ? undefined : first.path);
  const status = first.code === 'invalid_config' ? 400 : 409;
  return reply.code(status).send({ error, problems: outcome.problems, diff: outcome.diff, ...extra });
}

function invalid(reply: FastifyReply, problems: ConfigProblem[], extra: Record<string, unknown> = {}) {
  return refuse(reply, { problems, diff: [] }, extra);
}

/** The answer to a proposal: 200 with the outcome (dry run, written, or nothing to change), else a refusal. */
async function answer(reply: FastifyReply, service: ConfigService, p: Proposal, extra: Record<string, unknown> = {}) {
  const outcome = await service.propose(p);
  if (!outcome.ok) return sendError(reply, outcome.error);
  if (!outcome.value.dryRun && outcome.value.problems.length > 0) return refuse(reply, outcome.value, extra);
  return reply.send({ ...outcome.value, ...extra });
}

export function registerConfigRoutes(app: FastifyInstance, hub: ConfigRoutesDeps): void {
  const { config: service } = hub;
  const admin = (handler: (staff: Staff, req: FastifyRequest, reply: FastifyReply) => unknown) =>
    withPrincipal(hub, (p, req, reply) => {
      const staff = requireStaff(p, ['admin']);
      return staff.ok ? handler(staff.value, req, reply) : sendError(reply, staff.error);
    });
  /** Supervisors and admins; `whole` is false for a supervisor, who never reads the message sender's settings. */
  const reader = (handler: (req: FastifyRequest, reply: FastifyReply, whole: boolean) => unknown) =>
    withPrincipal(hub, (p, req, reply) => {
      const staff = requireStaff(p, ['admin', 'supervisor']);
      return staff.ok ? handler(req, reply, staff.value.role === 'admin') : sendError(reply, staff.error);
    });
  const big = { bodyLimit: CONFIG_BODY_LIMIT };
  const proposal = (staff: Staff, req: FastifyRequest, config: HallConfig, rest: Pick<Proposal, 'reason' | 'dryRun' | 'applyFrom' | 'source'>): Proposal => ({
    actor: actorOf(staff),
    address: req.ip,
    config,
    ...rest,
  });

  app.get(`${API_BASE}/config`, reader((_req, reply, whole) => reply.send(whole ? service.current() : maskAnswer(service.current()))));

  app.post(
    `${API_BASE}/config/changes`,
    big,
    admin(async (staff, req, reply) => {
      const body = parsePayload(configChangeSchema, req.body);
      if (!body.ok) return sendError(reply, body.error);
      const { reason, dryRun, applyFrom } = body.value;
      let candidate: Record<string, unknown>;
      if (body.value.config) candidate = body.value.config;
      else {
        candidate = { ...service.current().config };
        for (const section of CONFIG_SECTIONS) if (body.value.sections?.[section] !== undefined) candidate[section] = body.value.sections[section];
      }
      const valid = validateConfig(candidate);
      if (!valid.ok) return invalid(reply, valid.problems);
      return answer(reply, service, proposal(staff, req, valid.config, { reason, dryRun, applyFrom, source: 'admin' }));
    }),
  );

  app.get(
    `${API_BASE}/config/revisions`,
    reader((req, reply) => {
      const q = parsePayload(listQuerySchema, req.query ?? {});
      if (!q.ok) return sendError(reply, q.error);
      return reply.send(service.list(q.value.limit, q.value.offset));
    }),
  );

  app.get(
    `${API_BASE}/config/revisions/:id`,
    reader((req, reply, whole) => {
      const id = parsePayload(revisionPathSchema, (req.params as { id: string }).id);
      if (!id.ok) return sendError(reply, { ...id.error, field: 'id' });
      const detail = service.detail(id.value);
      if (!detail.ok) return sendError(reply, detail.error);
      return reply.send(whole ? detail.value : maskAnswer(detail.value));
    }),
  );

  app.post(
    `${API_BASE}/config/revisions/:id/rollback`,
    admin(async (staff, req, reply) => {
      const id = parsePayload(revisionPathSchema, (req.params as { id: string }).id);
      if (!id.ok) return sendError(reply, { ...id.error, field: 'id' });
      const body = parsePayload(configRollbackSchema, req.body ?? {});
      if (!body.ok) return sendError(reply, body.error);
      const target = service.configOfRevision(id.value);
      if (!target.ok) return sendError(reply, target.error);
      // An older revision is checked again with today's schema: it may predate a rule.
      const valid = validateConfig(target.value);
      if (!valid.ok) return invalid(reply, valid.problems);
      const { reason, dryRun, applyFrom } = body.value;
      return answer(reply, service, proposal(staff, req, valid.config, { reason: `${reason} (← ${id.value})`, dryRun, applyFrom, source: 'rollback' }));
    }),
  );

  app.delete(
    `${API_BASE}/config/pending`,
    admin(async (staff, req, reply) => {
      const cancelled = await service.cancelPending(actorOf(staff), req.ip);
      return cancelled.ok ? reply.code(204).send() : sendError(reply, cancelled.error);
    }),
  );

  app.get(
    `${API_BASE}/config/export.yaml`,
    reader((_req, reply, whole) =>
      reply
        .type('application/yaml; charset=utf-8')
        .header('content-disposition', 'attachment; filename="hall-config.yaml"')
        .header('x-luot-config-revision', String(service.current().revision.id))
        .send(whole ? service.exportYaml() : exportYaml(maskSender(service.current().config) as unknown as HallConfig)),
    ),
  );

  app.post(
    `${API_BASE}/config/import`,
    big,
    admin(async (staff, req, reply) => {
      const body = parsePayload(configImportSchema, req.body);
      if (!body.ok) return sendError(reply, body.error);
      const valid = validateConfigText(body.value.text, body.value.format);
      if (!valid.ok) return invalid(reply, valid.problems);
      const { reason, dryRun, applyFrom } = body.value;
      return answer(reply, service, proposal(staff, req, valid.config, { reason, dryRun, applyFrom, source: 'import' }));
    }),
  );

  app.post(
    `${API_BASE}/config/calendar-import`,
    big,
    admin(async (staff, req, reply) => {
      const body = parsePayload(calendarImportSchema, req.body);
      if (!body.ok) return sendError(reply, body.error);
      const read = parseCalendarImport(body.value.format, body.value.text);
      const extra = { year: read.year, holidays: read.holidays, makeUpDays: read.makeUpDays, rowErrors: read.rowErrors };
      if (read.rowErrors.length > 0 || read.year === null) {
        const problem = rowsProblem(read.rowErrors.length);
        if (body.value.dryRun) return reply.send({ dryRun: true, written: false, revision: null, diff: [], problems: [problem], ...extra });
        return invalid(reply, [problem], extra);
      }
      const current = validateConfig(service.current().config);
      if (!current.ok) return invalid(reply, current.problems, extra);
      const valid = validateConfig(withCalendarYear(current.config, read.year, read.holidays, read.makeUpDays));
      if (!valid.ok) return invalid(reply, valid.problems, extra);
      const { reason, dryRun } = body.value;
      return answer(reply, service, proposal(staff, req, valid.config, { reason, dryRun, applyFrom: 'now', source: 'import' }), extra);
    }),
  );

  app.post(
    `${API_BASE}/config/procedures-import`,
    big,
    admin(async (staff, req, reply) => {
      const body = parsePayload(proceduresImportSchema, req.body);
      if (!body.ok) return sendError(reply, body.error);
      let rows: string[][];
      if (body.value.format === 'csv') rows = parseCsv(body.value.data);
      else {
        const read = await readXlsxRows(body.value.data);
        if (!read.ok) {
          return sendError(reply, luotError('invalid_payload', { vi: 'Không đọc được tệp Excel (.xlsx).', en: 'The Excel file (.xlsx) cannot be read.' }, 'data'));
        }
        rows = read.rows;
      }
      const current = validateConfig(service.current().config);
      if (!current.ok) return invalid(reply, current.problems);
      const read = readProcedureRows(rows, current.config);
      const merged = mergeProcedures(current.config, read.procedures);
      const extra = { added: merged.added, changed: merged.changed, unchanged: merged.unchanged, rowErrors: read.rowErrors };
      const { reason, dryRun } = body.value;
      if (read.rowErrors.length > 0) {
        const problem = rowsProblem(read.rowErrors.length);
        if (dryRun) return reply.send({ dryRun: true, written: false, revision: null, diff: [], problems: [problem], ...extra });
        // Nothing half-written: fix the rows (the dry run lists them) and import again.
        return invalid(reply, [problem], extra);
      }
      const valid = validateConfig(merged.config);
      if (!valid.ok) return invalid(reply, valid.problems, extra);
      return answer(reply, service, proposal(staff, req, valid.config, { reason, dryRun, applyFrom: 'now', source: 'import' }), extra);
    }),
  );
}

function rowsProblem(count: number): ConfigProblem {
  return {
    code: 'invalid_config',
    path: '',
    message: {
      vi: `Tệp có ${count} dòng chưa đúng (xem từng dòng): sửa rồi nhập lại; chưa có gì được ghi.`,
      en: `${count} rows of the file are not right (see each row): fix them and import again; nothing was written.`,
    },
  };
}
