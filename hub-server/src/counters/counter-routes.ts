/**
 * Counter actions over HTTP for integrations without a socket: sign in and
 * out, call next, recall, no-show, finish. They run the same counter service
 * and actions the /counter gateway runs, so they broadcast exactly the same.
 */
import {
  API_BASE,
  counterPathSchema,
  finishSchema,
  luotError,
  parsePayload,
  type CounterView,
  type Result,
  type TicketView,
} from '@luot/protocol';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../auth/auth-service';
import { requireStaff, withPrincipal, type HttpGate, type Staff } from '../core/transport/http-auth';
import type { CounterActions } from './counter-actions';
import type { CounterContext } from './counter-context';
import type { CounterService } from './counter-service';
import { sendError, sendResult } from '../core/transport/http-errors';
import { commandIdOf } from '../core/transport/idempotency';

const ACTIONS = ['sign-in', 'sign-out', 'call-next', 'recall', 'no-show', 'finish'] as const;
type CounterAction = (typeof ACTIONS)[number];

/** Actions without a body accept none, or an empty object. */
const noBodySchema = z.union([z.undefined(), z.strictObject({})]);
const finishBodySchema = finishSchema.omit({ commandId: true });

export interface CounterRoutesDeps extends HttpGate {
  ctx: Pick<CounterContext, 'counters' | 'catalog'>;
  counters: CounterService;
  actions: CounterActions;
}

export function registerCounterRoutes(app: FastifyInstance, hub: CounterRoutesDeps): void {
  const { ctx } = hub;

  /** Who may act at a counter: its officer, or an admin; anyone on staff may sign themselves in. */
  function mayAct(action: CounterAction, staff: Staff, number: number): Result<null> {
    if (action === 'sign-in' || staff.role === 'admin') return { ok: true, value: null };
    if (ctx.counters.get(number)?.officerId === staff.userId) return { ok: true, value: null };
    return { ok: false, error: luotError('forbidden', { vi: 'Bạn không đăng nhập tại quầy này.', en: 'You are not signed in at this counter.' }) };
  }

  function run(action: CounterAction, staff: Staff, number: number, req: FastifyRequest, commandId: string | undefined) {
    const cmd = { actor: actorOf(staff), name: `counter:${action}`, ...(commandId ? { commandId } : {}) };
    if (action === 'finish') {
      const body = parsePayload(finishBodySchema, req.body ?? {});
      if (!body.ok) return body;
      return hub.actions.finish(cmd, number, body.value.outcome);
    }
    const body = parsePayload(noBodySchema, req.body);
    if (!body.ok) return body;
    switch (action) {
      case 'sign-in':
        return hub.counters.signIn(cmd, staff.userId, number);
      case 'sign-out':
        return hub.counters.signOut(cmd, number);
      case 'call-next':
        return hub.actions.callNext(cmd, number, staff.userId);
      case 'recall':
        return hub.actions.recall(cmd, number);
      case 'no-show':
        return hub.actions.noShow(cmd, number);
    }
  }

  for (const action of ACTIONS) {
    app.post(
      `${API_BASE}/counters/:number/${action}`,
      withPrincipal(hub, async (p, req, reply) => {
        const number = parsePayload(counterPathSchema, (req.params as { number: string }).number);
        if (!number.ok) return sendError(reply, { ...number.error, field: 'number' });
        const commandId = commandIdOf(req);
        if (!commandId.ok) return sendError(reply, commandId.error);
        const staff = requireStaff(p, ['officer', 'supervisor', 'admin']);
        if (!staff.ok) return sendError(reply, staff.error);
        if (!ctx.counters.get(number.value) || !ctx.catalog.counter(number.value)) {
          return sendError(reply, luotError('not_found', { vi: `Không có quầy số ${number.value}.`, en: `No counter ${number.value}.` }, 'number'));
        }
        const allowed = mayAct(action, staff.value, number.value);
        if (!allowed.ok) return sendError(reply, allowed.error);
        const result: Result<TicketView | CounterView | null> = await run(action, staff.value, number.value, req, commandId.value);
        return sendResult(reply, result);
      }),
    );
  }
}
