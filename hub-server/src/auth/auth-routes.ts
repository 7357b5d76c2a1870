/**
 * Staff over HTTP: sign in and out; create, list and change accounts
 * (listing for supervisors and admins, changes for admins only).
 */
import { API_BASE, changePasswordSchema, createUserSchema, loginSchema, luotError, parsePayload, updateUserSchema, usernameSchema, type StaffAccount } from '@luot/protocol';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AuditLog } from '../core/audit-log';
import type { Clock } from '../core/clock';
import type { SocketControl } from '../core/transport/disconnect-principals';
import { requireStaff, withPrincipal, type HttpGate } from '../core/transport/http-auth';
import { sendError, sendResult } from '../core/transport/http-errors';
import type { AuthService } from './auth-service';
import type { SignInGuard, SignInOutcome } from './sign-in-guard';
import type { UserRecord, UserRepo } from './user-repo';

const accountOf = ({ id, username, name, role, active }: UserRecord): StaffAccount => ({ id, username, name, role, active });

export interface AuthRoutesDeps extends HttpGate {
  auth: AuthService;
  signIn: SignInGuard;
  ctx: { users: UserRepo; audit: AuditLog; clock: Clock };
  /**
   * The gate of what a session may do before its config-given password is
   * changed: sign out and change it. (Every other route's gate refuses such
   * a session with `password_change_required`.)
   */
  ownAccount: HttpGate;
}

/** A sign-in's answer; a lockout's refusal says when to come back (429 + `Retry-After`). */
export function sendSignIn(reply: FastifyReply, outcome: SignInOutcome): FastifyReply {
  if (!outcome.ok && 'retryAfterSeconds' in outcome) reply.header('retry-after', String(outcome.retryAfterSeconds));
  return sendResult(reply, outcome);
}

export function registerAuthRoutes(app: FastifyInstance, hub: AuthRoutesDeps, sockets: SocketControl): void {
  const { auth, ctx, signIn } = hub;

  app.post(`${API_BASE}/auth/login`, async (req, reply) => {
    const body = parsePayload(loginSchema, req.body);
    if (!body.ok) return sendError(reply, body.error);
    return sendSignIn(reply, await signIn.signIn({ ...body.value, address: req.ip }));
  });

  app.post(
    `${API_BASE}/auth/password`,
    withPrincipal(hub.ownAccount, async (p, req, reply) => {
      if (p.kind !== 'staff') return sendError(reply, luotError('forbidden'));
      const body = parsePayload(changePasswordSchema, req.body);
      if (!body.ok) return sendError(reply, body.error);
      const changed = await auth.changeOwnPassword(p, body.value.currentPassword, body.value.newPassword);
      if (!changed.ok) return sendError(reply, changed.error);
      ctx.audit.append({ at: ctx.clock.now(), actor: `user:${p.username}`, action: 'password-changed', subject: p.username, address: req.ip, detail: null });
      // Whoever knew the old password is out: the account's other sessions ended, so do their sockets.
      sockets.disconnect((q) => q.kind === 'staff' && q.userId === p.userId && q.sessionId !== p.sessionId);
      return reply.code(204).send();
    }),
  );

  app.post(
    `${API_BASE}/auth/logout`,
    withPrincipal(hub.ownAccount, (p, req, reply) => {
      if (p.kind !== 'staff') return sendError(reply, luotError('forbidden'));
      auth.logout(p.sessionId);
      ctx.audit.append({ at: ctx.clock.now(), actor: `user:${p.username}`, action: 'sign-out', subject: p.username, address: req.ip, detail: null });
      // Signing out ends the session everywhere at once: its open sockets stop receiving the hall now.
      sockets.disconnect((q) => q.kind === 'staff' && q.sessionId === p.sessionId);
      return reply.code(204).send();
    }),
  );

  app.get(
    `${API_BASE}/users`,
    withPrincipal(hub, (p, _req, reply) => {
      const admin = requireStaff(p, ['admin', 'supervisor']);
      if (!admin.ok) return sendError(reply, admin.error);
      return ctx.users.all().map(accountOf);
    }),
  );

  app.post(
    `${API_BASE}/users`,
    withPrincipal(hub, async (p, req, reply) => {
      const admin = requireStaff(p, ['admin']);
      if (!admin.ok) return sendError(reply, admin.error);
      const body = parsePayload(createUserSchema, req.body);
      if (!body.ok) return sendError(reply, body.error);
      // The password an admin types is one-time by default: the officer replaces it at first sign-in.
      const mustChangePassword = body.value.mustChangePassword ?? true;
      const id = await auth.createUser({ ...body.value, mustChangePassword });
      if (!id.ok) return sendError(reply, id.error);
      const { username, name, role } = body.value;
      ctx.audit.append({ at: ctx.clock.now(), actor: `user:${admin.value.username}`, action: 'account-created', subject: username, address: req.ip, detail: { role, mustChangePassword } });
      return reply.code(201).send({ id: id.value, username, name, role, active: true } satisfies StaffAccount);
    }),
  );

  app.patch(
    `${API_BASE}/users/:username`,
    withPrincipal(hub, async (p, req, reply) => {
      const admin = requireStaff(p, ['admin']);
      if (!admin.ok) return sendError(reply, admin.error);
      const username = parsePayload(usernameSchema, (req.params as { username: string }).username);
      if (!username.ok) return sendError(reply, { ...username.error, field: 'username' });
      const body = parsePayload(updateUserSchema, req.body);
      if (!body.ok) return sendError(reply, body.error);
      const user = ctx.users.byUsername(username.value);
      if (!user) {
        return sendError(reply, luotError('not_found', { vi: `Không có tài khoản "${username.value}".`, en: `No account "${username.value}".` }, 'username'));
      }
      const updated = await auth.updateUser(user.id, body.value, admin.value.userId);
      if (!updated.ok) return sendError(reply, updated.error);
      // What changed, never the password itself.
      const { password, ...fields } = body.value;
      ctx.audit.append({
        at: ctx.clock.now(),
        actor: `user:${admin.value.username}`,
        action: 'account-changed',
        subject: user.username,
        address: req.ip,
        detail: { ...fields, ...(password !== undefined ? { password: 'changed' } : {}) },
      });
      // Its sessions ended (new password, role, or deactivated): its sockets go too.
      const ended = body.value.password !== undefined || updated.value.role !== user.role || !updated.value.active;
      if (ended) sockets.disconnect((q) => q.kind === 'staff' && q.userId === user.id);
      return accountOf(updated.value);
    }),
  );
}
