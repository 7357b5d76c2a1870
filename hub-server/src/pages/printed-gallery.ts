/**
 * Demo halls only: when LUOT_PRINTED_DIR points at the virtual printer's
 * output folder, /printed/ shows every printed ticket and receipt as an image,
 * newest first, so a newcomer sees what citizens get on paper.
 *
 * A receipt slip carries the applicant's ID number and address, so the
 * gallery is for supervisors and admins only. Without a token the page asks
 * for a supervisor's or admin's sign-in (the start command prints the demo
 * one) and keeps the new session in an HttpOnly cookie scoped to /printed.
 * A link may carry `?token=<session token>`: the hub turns it into that
 * cookie and redirects, so the token leaves the address bar. Integrations
 * may send `Authorization: Bearer <token>`.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { HTTP_STATUS, luotError, type LuotError, type Principal, type Result } from '@luot/protocol';
import { SESSION_TTL_MS, type AuthService } from '../auth/auth-service';
import type { SignInGuard } from '../auth/sign-in-guard';
import type { Authenticator } from '../core/transport/authenticator';

/** The token check with its address (wrong tokens are throttled: auth/token-guard.ts), and sign-out. */
type Gate = Authenticator & Pick<AuthService, 'logout'>;
import { escapeHtml as e } from '../dossiers/dossier-format';

const SAFE_NAME = /^[A-Za-z0-9._-]+\.png$/;
const COOKIE = 'luot_printed';
const ROLES: ReadonlySet<string> = new Set(['supervisor', 'admin']);

/** The newest printed jobs (at most 60); none when the folder is missing. */
function listPrinted(dir: string): { name: string; at: number }[] {
  try {
    return readdirSync(dir)
      .filter((n) => SAFE_NAME.test(n))
      .map((name) => ({ name, at: statSync(join(dir, name)).mtimeMs }))
      .sort((a, b) => b.at - a.at)
      .slice(0, 60);
  } catch {
    return [];
  }
}

function cookieToken(req: FastifyRequest): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** The token a request carries: the Authorization header, else the gallery's cookie. */
function tokenOf(req: FastifyRequest): Result<string | undefined> {
  const header = req.headers.authorization;
  if (header === undefined) return { ok: true, value: cookieToken(req) };
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? { ok: true, value: match[1] } : { ok: false, error: luotError('unauthenticated', { en: 'Authorization must be "Bearer <token>".' }) };
}

/** A supervisor or admin, or the typed reason why not (401 no or bad token, 403 another role). */
function allowed(auth: Gate, token: string | undefined, from: string): Result<Principal> {
  if (token === undefined) return { ok: false, error: luotError('unauthenticated') };
  const p = auth.authenticate(token, from);
  if (!p.ok) return p;
  if (p.value.kind !== 'staff' || !ROLES.has(p.value.role)) {
    return { ok: false, error: luotError('forbidden', { vi: 'Chỉ giám sát viên hoặc quản trị viên được xem phiếu đã in.', en: 'Only a supervisor or an admin may view printed tickets.' }) };
  }
  return p;
}

const STYLE = `body{font-family:system-ui,sans-serif;background:#eef2f6;margin:16px;color:#102a43}h1{font-size:20px}
main{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}figure{background:#fff;padding:8px;margin:0;box-shadow:0 1px 4px #0002}
img{width:288px;image-rendering:pixelated;display:block}figcaption{font-size:12px;color:#486581;margin-top:4px}
form{background:#fff;max-width:360px;padding:16px;display:grid;gap:10px;box-shadow:0 1px 4px #0002;font-size:18px}
input,button{font-size:18px;padding:8px}.error{color:#7f1d1d;font-weight:600}`;

function html(reply: FastifyReply, status: number, title: string, body: string, refresh = false): FastifyReply {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
${refresh ? '<meta http-equiv="refresh" content="5">' : ''}<title>${title}</title><style>${STYLE}</style></head><body>${body}</body></html>`);
}

/** The 401/403 page: the reason, in both languages, and a sign-in form for a supervisor or admin. */
function signInPage(reply: FastifyReply, error: LuotError): FastifyReply {
  return html(
    reply,
    HTTP_STATUS[error.code],
    'Phiếu đã in — đăng nhập',
    `<h1>Phiếu đã in (máy in ảo) · Printed tickets</h1>
<p class="error" id="reason">${e(error.message.vi)}<br>${e(error.message.en)}</p>
<p>Trang này có thông tin cá nhân trên giấy tiếp nhận hồ sơ: chỉ giám sát viên hoặc quản trị viên được xem.<br>
Receipt slips carry personal data: only a supervisor or an admin may view them.</p>
<form method="post" action="/printed/sign-in">
<label>Tên đăng nhập · Username <input name="username" autocomplete="username" required></label>
<label>Mật khẩu · Password <input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">Đăng nhập · Sign in</button></form>`,
  );
}

/** Remembers the token for /printed only, then reloads the gallery without it in the address. */
function grant(reply: FastifyReply, token: string): FastifyReply {
  // Under TLS the session cookie never goes out in clear.
  const secure = reply.request.protocol === 'https' ? '; Secure' : '';
  const cookie = `${COOKIE}=${encodeURIComponent(token)}; Path=/printed; HttpOnly; SameSite=Strict; Max-Age=${SESSION_TTL_MS / 1000}${secure}`;
  return reply.header('set-cookie', cookie).header('cache-control', 'no-store').redirect('/printed/', 303);
}

export function registerPrintedGallery(app: FastifyInstance, dir: string, auth: Gate, guard: SignInGuard): void {
  app.get('/printed/', (req, reply) => {
    const query = (req.query as { token?: unknown }).token;
    if (typeof query === 'string') {
      const p = allowed(auth, query, req.ip);
      return p.ok ? grant(reply, query) : signInPage(reply, p.error);
    }
    const token = tokenOf(req);
    const p = token.ok ? allowed(auth, token.value, req.ip) : token;
    if (!p.ok) return signInPage(reply, p.error);
    const files = listPrinted(dir);
    const items = files
      .map((f) => `<figure><img src="/printed/${f.name}" alt="${f.name}"><figcaption>${new Date(f.at).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })} · ${f.name}</figcaption></figure>`)
      .join('');
    return html(
      reply,
      200,
      'Phiếu đã in (máy in ảo)',
      `<h1>Phiếu đã in — máy in ảo (${files.length}) · Printed by the virtual printer</h1>
<main>${items || '<p>Chưa có phiếu nào được in. No job printed yet.</p>'}</main>`,
      true,
    );
  });

  // The sign-in form posts here; its own scope, so no other route accepts form bodies.
  void app.register(async (scope) => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 4096 }, (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(typeof body === 'string' ? body : body.toString('utf8'))));
    });
    scope.post('/printed/sign-in', async (req, reply) => {
      const form = (req.body ?? {}) as Record<string, unknown>;
      const username = typeof form.username === 'string' ? form.username.slice(0, 64) : '';
      const password = typeof form.password === 'string' ? form.password.slice(0, 256) : '';
      // The same throttle as the API's sign-in: this form is a second door to the same accounts.
      const signedIn = await guard.signIn({ username, password, address: req.ip });
      if (!signedIn.ok) {
        if ('retryAfterSeconds' in signedIn) reply.header('retry-after', String(signedIn.retryAfterSeconds));
        return signInPage(reply, signedIn.error);
      }
      const p = allowed(auth, signedIn.value.token, req.ip);
      if (!p.ok) {
        // An officer's new session is of no use here: end it at once.
        const session = auth.authenticate(signedIn.value.token, req.ip);
        if (session.ok && session.value.kind === 'staff') auth.logout(session.value.sessionId);
        return signInPage(reply, p.error);
      }
      return grant(reply, signedIn.value.token);
    });
  });

  app.get('/printed/:name', (req, reply) => {
    const token = tokenOf(req);
    const p = token.ok ? allowed(auth, token.value, req.ip) : token;
    if (!p.ok) return reply.code(HTTP_STATUS[p.error.code]).header('cache-control', 'no-store').send({ error: p.error });
    const name = basename((req.params as { name: string }).name);
    const notFound = () => reply.code(404).send({ error: luotError('not_found', { vi: 'Không tìm thấy.', en: 'Not found.' }) });
    if (!SAFE_NAME.test(name)) return notFound();
    let png: Buffer;
    try {
      png = readFileSync(join(dir, name));
    } catch {
      return notFound();
    }
    return reply.header('cache-control', 'no-store').type('image/png').send(png);
  });
}
