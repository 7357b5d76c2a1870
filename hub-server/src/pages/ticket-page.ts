/**
 * The public "track my ticket" page a ticket's QR code opens on the citizen's
 * phone: a small, dependency-free HTML page that polls the public, read-only
 * status API (`GET /api/v1/tickets/:id`) and shows people ahead, then the
 * counter calling. No personal data: the API gives none.
 *
 * Vietnamese by default; English when the phone's language is English.
 */
import type { FastifyInstance } from 'fastify';
import type { HallCatalog } from '../core/hall-catalog';
import { cspWithScriptNonce } from '../core/transport/security-headers';
import type { LookupLimiter } from '../core/transport/lookup-limiter';
import { ticketLookupKey } from '../queue/queue-routes';

/** A citizen staring at a phone expects the call quickly; the status API is one indexed read. */
export const TICKET_PAGE_POLL_SECONDS = 3;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** JSON that is safe inside a <script> element: no "</script>", no "<!--", no line separators. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** What the page says, in both languages ({n}: a number filled in by the page). */
const TEXTS = {
  vi: {
    title: 'Số thứ tự của bạn',
    loading: 'Đang tải…',
    waiting: 'Đang chờ',
    next: 'Bạn là người tiếp theo',
    ahead: 'Trước bạn còn {n} người',
    wait: 'khoảng {n} phút',
    called: 'Mời bạn đến quầy số {n}',
    serving: 'Đang được phục vụ tại quầy số {n}',
    done: 'Đã phục vụ xong',
    no_show: 'Đã qua lượt (vắng mặt). Vui lòng hỏi quầy hướng dẫn.',
    cancelled: 'Số này đã huỷ',
    expired: 'Số này đã hết hiệu lực',
    offline: 'Mất kết nối, đang thử lại…',
    updates: 'Trang tự cập nhật mỗi {n} giây',
  },
  en: {
    title: 'Your queue number',
    loading: 'Loading…',
    waiting: 'Waiting',
    next: 'You are next',
    aheadOne: '1 person ahead of you',
    ahead: '{n} people ahead of you',
    wait: 'about {n} min',
    called: 'Please go to counter {n}',
    serving: 'Being served at counter {n}',
    done: 'Served',
    no_show: 'Your turn has passed (not present). Please ask at the information desk.',
    cancelled: 'This number was cancelled',
    expired: 'This number is no longer valid',
    offline: 'Connection lost, retrying…',
    updates: 'This page updates every {n} seconds',
  },
} as const;

/** Runs in the phone's browser. Kept ES2017 and tiny: old phones, no build step. */
const PAGE_SCRIPT = `
const lang = /^en\\b/i.test(navigator.language || '') ? 'en' : 'vi';
const T = TEXTS[lang];
const fill = (s, n) => s.replace('{n}', String(n));
const ahead = (n) => n === 0 ? T.next : n === 1 && T.aheadOne ? T.aheadOne : fill(T.ahead, n);
const $ = (id) => document.getElementById(id);
const FINAL = ['done', 'cancelled', 'expired'];
document.documentElement.lang = lang;
document.title = T.title + ' — ' + HALL[lang];
$('hall').textContent = HALL[lang];
$('state').textContent = T.loading;
$('updates').textContent = fill(T.updates, POLL_SECONDS);
let timer = null;
function show(body) {
  document.body.dataset.state = body.state;
  document.body.className = body.state === 'called' ? 'called' : '';
  $('code').textContent = body.code;
  $('service').textContent = body.serviceName[lang] || body.serviceName.vi;
  const atCounter = body.state === 'called' || body.state === 'serving';
  $('state').textContent = atCounter ? fill(T[body.state], body.counter) : (T[body.state] || body.state);
  $('detail').textContent = body.state === 'waiting'
    ? ahead(body.peopleAhead) + (body.estimatedWaitMinutes != null && body.peopleAhead > 0 ? ' · ' + fill(T.wait, body.estimatedWaitMinutes) : '')
    : '';
  if (FINAL.indexOf(body.state) >= 0 && timer !== null) { clearInterval(timer); timer = null; }
}
async function refresh() {
  try {
    const r = await fetch(STATUS_URL, { cache: 'no-store' });
    const body = await r.json();
    if (!r.ok) { document.body.dataset.state = 'unknown'; $('state').textContent = body.error.message[lang]; $('detail').textContent = ''; return; }
    show(body);
  } catch (e) { $('detail').textContent = T.offline; }
}
refresh();
timer = setInterval(refresh, POLL_SECONDS * 1000);
// A phone that wakes up should not show a stale state for a whole period.
document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible' && timer !== null) refresh(); });
`;

/** The page a walker gets instead of a ticket: no script, the wait in both languages. */
function tooManyPage(hallName: string, message: { vi: string; en: string }): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(TEXTS.vi.title)} — ${escapeHtml(hallName)}</title>
<style>body{font-family:system-ui,sans-serif;margin:0;background:#f4f6f8;color:#102a43;text-align:center}
header{background:#0b4f8a;color:#fff;padding:12px;font-size:15px}main{padding:24px;font-size:20px}</style></head>
<body data-state="too-many"><header>${escapeHtml(hallName)}</header><main>
<p id="problem" role="alert">${escapeHtml(message.vi)}<br><span lang="en">${escapeHtml(message.en)}</span></p></main></body></html>`;
}

export function registerTicketPage(app: FastifyInstance, catalog: HallCatalog, lookups: LookupLimiter): void {
  app.get('/t/:id', (req, reply) => {
    const { id } = req.params as { id: string };
    const refused = lookups.check(req, ticketLookupKey(id));
    if (refused) {
      return reply
        .code(429)
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('retry-after', String(refused.retryAfterSeconds))
        .send(tooManyPage(catalog.info.name.vi, refused.error.message));
    }
    const csp = cspWithScriptNonce();
    const hall = catalog.info.name;
    const statusUrl = `/api/v1/tickets/${encodeURIComponent(id.slice(0, 64))}`;
    const constants = `const TEXTS = ${scriptJson(TEXTS)};\nconst HALL = ${scriptJson(hall)};\nconst STATUS_URL = ${scriptJson(statusUrl)};\nconst POLL_SECONDS = ${TICKET_PAGE_POLL_SECONDS};`;
    reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer')
      // Its one inline script (the ticket's constants and the poller) runs by a nonce; nothing else inline may.
      .header('content-security-policy', csp.policy)
      .send(`<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(TEXTS.vi.title)} — ${escapeHtml(hall.vi)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;background:#f4f6f8;color:#102a43;text-align:center}
header{background:#0b4f8a;color:#fff;padding:12px;font-size:15px}
main{padding:24px}
#service{font-size:18px}
#code{font-size:72px;font-weight:800;margin:8px 0;color:#0b4f8a}
#state{font-size:26px;font-weight:600;margin:12px 0}
#detail{font-size:20px;color:#334e68}
.called #state{color:#fff;background:#c2410c;padding:16px;border-radius:12px}
small{display:block;margin-top:32px;color:#486581}
</style></head>
<body data-state="loading"><header id="hall">${escapeHtml(hall.vi)}</header><main>
<div id="service"></div><div id="code">…</div><div id="state" role="status" aria-live="polite">${escapeHtml(TEXTS.vi.loading)}</div><div id="detail"></div>
<small id="updates"></small>
</main>
<script nonce="${csp.nonce}">
${constants}
${PAGE_SCRIPT}
</script></body></html>`);
  });
}
