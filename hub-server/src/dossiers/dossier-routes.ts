/**
 * HTTP for dossiers: the public lookup, the `/d/` form to type a code and
 * the `/d/<code>` page (masked name only), and for staff the full view, the receipt print job and the
 * printable receipt and notice (refusal, supplement) pages.
 */
import { API_BASE, calendarDaySchema, DOSSIER_STATUSES, parsePayload } from '@luot/protocol';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { localDay } from '../core/clock';
import { principalOf, requireStaff, type HttpGate, type Staff } from '../core/transport/http-auth';
import type { HallContext } from '../core/hall-context';
import type { DossierAccess, PersonalDataUse } from './dossier-access';
import type { DossierService } from './dossier-service';
import { sendError, sendResult } from '../core/transport/http-errors';
import { renderDossierLookupPage, renderDossierStatusPage } from './dossier-page';
import { renderNoticePage } from './notice-page';
import { PRINT_HANDLER } from './print-button';
import { cspWithInlineHandlers } from '../core/transport/security-headers';
import { sendLookupRefusal, type LookupLimiter } from '../core/transport/lookup-limiter';
import { renderReceiptPage } from './receipt-page';
import { isTrackingCode, lookupProblemOf, malformedProblemOf, normalizeTypedCode } from './typed-code';

const STAFF = ['officer', 'supervisor', 'admin'] as const;
/** The printable slips' only script is their print button's handler, admitted by its hash. */
const PRINTABLE_CSP = cspWithInlineHandlers([PRINT_HANDLER]);
const listQuerySchema = z.strictObject({ day: calendarDaySchema.optional(), status: z.enum(DOSSIER_STATUSES).optional() });
const receiptQuerySchema = z.strictObject({ paper: z.enum(['a5', 'a4']).default('a5') });

export interface DossierRoutesDeps extends HttpGate {
  ctx: Pick<HallContext, 'catalog' | 'clock'>;
  dossiers: DossierService;
  /** Least privilege: which dossiers a staff member may open; every read of personal data audited. */
  dossierAccess: DossierAccess;
  /** The public lookups are limited per address (walking the daily sequence of codes). */
  lookups: LookupLimiter;
}

export function registerDossierRoutes(app: FastifyInstance, hub: DossierRoutesDeps): void {
  const { dossiers, dossierAccess: access } = hub;

  /** Staff only: personal data leaves the hub only to signed-in staff. */
  const staffOnly =
    (handler: (p: Staff, req: FastifyRequest, reply: FastifyReply) => unknown) => (req: FastifyRequest, reply: FastifyReply) => {
      const p = principalOf(hub.auth, req);
      if (!p.ok) return sendError(reply, p.error);
      const staff = requireStaff(p.value, STAFF);
      if (!staff.ok) return sendError(reply, staff.error);
      return handler(staff.value, req, reply);
    };
  /** The dossier of the route's `:id` if this staff member may open it, the read audited as `use`. */
  const readable = (s: Staff, req: FastifyRequest, use: PersonalDataUse) => access.read(s, idOf(req), use, req.ip);
  const idOf = (req: FastifyRequest) => (req.params as { id: string }).id.slice(0, 64);

  /** The key a lookup counts under: the code as the lookup reads it, so `/d/<code>` and the API share it. */
  const lookupKey = (code: unknown) => `dossier:${typeof code === 'string' ? normalizeTypedCode(code.slice(0, 64)) : ''}`;

  app.get(`${API_BASE}/dossiers/lookup`, (req, reply) => {
    const { code } = req.query as { code?: unknown };
    const refused = hub.lookups.check(req, lookupKey(code));
    if (refused) return sendLookupRefusal(reply, refused);
    return sendResult(reply, dossiers.lookup(code));
  });

  const html = (reply: FastifyReply, status: number, body: string) =>
    reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(body);

  /** Public: type the code from the receipt slip; a well-formed code goes on to its /d/<code> page. */
  app.get('/d', (_req, reply) => reply.redirect('/d/', 301));
  app.get('/d/', (req, reply) => {
    const typed = (req.query as { code?: unknown }).code;
    if (typed === undefined) return html(reply, 200, renderDossierLookupPage(hub.ctx.catalog));
    const raw = typeof typed === 'string' ? typed.slice(0, 64) : '';
    const code = normalizeTypedCode(raw);
    if (!isTrackingCode(code)) return html(reply, 400, renderDossierLookupPage(hub.ctx.catalog, raw, malformedProblemOf(code)));
    return reply.header('cache-control', 'no-store').redirect(`/d/${encodeURIComponent(code)}`, 303);
  });

  /** Public: the receipt's QR code and the form land here. Masked name only. */
  app.get('/d/:code', (req, reply) => {
    const typed = (req.params as { code: string }).code.slice(0, 64);
    const refused = hub.lookups.check(req, lookupKey(typed));
    if (refused) {
      reply.header('retry-after', String(refused.retryAfterSeconds));
      return html(reply, 429, renderDossierLookupPage(hub.ctx.catalog, typed, refused.error.message));
    }
    const code = normalizeTypedCode(typed);
    const result = dossiers.lookup(code);
    if (result.ok) return html(reply, 200, renderDossierStatusPage(hub.ctx.catalog, result.value));
    const page = renderDossierLookupPage(hub.ctx.catalog, typed, lookupProblemOf(result.error, code));
    return html(reply, result.error.code === 'not_found' ? 404 : 400, page);
  });

  app.get(
    `${API_BASE}/dossiers`,
    staffOnly((s, req, reply) => {
      const q = parsePayload(listQuerySchema, req.query);
      if (!q.ok) return sendError(reply, q.error);
      return sendResult(reply, access.list(s, q.value.day ?? localDay(hub.ctx.clock.now()), q.value.status, req.ip));
    }),
  );

  app.get(
    `${API_BASE}/dossiers/:id`,
    staffOnly((s, req, reply) => {
      const d = readable(s, req, 'dossier');
      return sendResult(reply, d.ok ? dossiers.get(d.value.id) : d);
    }),
  );

  app.get(
    `${API_BASE}/dossiers/:id/receipt`,
    staffOnly((s, req, reply) => {
      const d = readable(s, req, 'receipt');
      return sendResult(reply, d.ok ? dossiers.receipt(d.value.id) : d);
    }),
  );

  app.get(
    `${API_BASE}/dossiers/:id/receipt.html`,
    staffOnly(async (s, req, reply) => {
      const q = parsePayload(receiptQuerySchema, req.query);
      if (!q.ok) return sendError(reply, q.error);
      const d = readable(s, req, 'receipt-slip');
      if (!d.ok) return sendError(reply, d.error);
      const view = dossiers.get(d.value.id);
      if (!view.ok) return sendError(reply, view.error);
      const job = dossiers.receipt(view.value.id);
      if (!job.ok) return sendError(reply, job.error);
      const html = await renderReceiptPage(job.value, view.value, q.value.paper === 'a4' ? 'A4' : 'A5');
      return reply.header('cache-control', 'no-store').header('content-security-policy', PRINTABLE_CSP).type('text/html; charset=utf-8').send(html);
    }),
  );

  app.get(
    `${API_BASE}/dossiers/:id/notice.html`,
    staffOnly((s, req, reply) => {
      const q = parsePayload(receiptQuerySchema, req.query);
      if (!q.ok) return sendError(reply, q.error);
      const d = readable(s, req, 'notice');
      if (!d.ok) return sendError(reply, d.error);
      const view = dossiers.get(d.value.id);
      if (!view.ok) return sendError(reply, view.error);
      const page = renderNoticePage(view.value, hub.ctx.catalog.info.name, q.value.paper === 'a4' ? 'A4' : 'A5');
      if (!page.ok) return sendError(reply, page.error);
      return reply.header('cache-control', 'no-store').header('content-security-policy', PRINTABLE_CSP).type('text/html; charset=utf-8').send(page.value);
    }),
  );
}
