/**
 * The public "track my ticket" page a ticket's QR code opens: a small,
 * dependency-free HTML page that polls the public status API. No personal data.
 */
import type { FastifyInstance } from 'fastify';
import type { HallCatalog } from '../hall/hall-catalog';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function registerTicketPage(app: FastifyInstance, catalog: HallCatalog): void {
  app.get('/t/:id', (req, reply) => {
    const { id } = req.params as { id: string };
    const hallName = escapeHtml(catalog.info.name.vi);
    const safeId = JSON.stringify(id.slice(0, 64));
    reply.type('text/html; charset=utf-8').send(`<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Số thứ tự của bạn — ${hallName}</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;background:#f4f6f8;color:#102a43;text-align:center}
header{background:#0b4f8a;color:#fff;padding:12px;font-size:15px}
main{padding:24px}
#code{font-size:72px;font-weight:800;margin:8px 0;color:#0b4f8a}
#state{font-size:26px;font-weight:600;margin:12px 0}
#detail{font-size:18px;color:#334e68}
.called #state{color:#fff;background:#c2410c;padding:16px;border-radius:12px}
small{display:block;margin-top:32px;color:#829ab1}
</style></head>
<body><header>${hallName}</header><main>
<div id="service"></div><div id="code">…</div><div id="state">Đang tải…</div><div id="detail"></div>
<small>Trang tự cập nhật mỗi 10 giây · Updates every 10 seconds</small>
</main>
<script>
const id = ${safeId};
const states = {waiting:'Đang chờ', called:'Mời bạn đến quầy số', serving:'Đang được phục vụ tại quầy số', done:'Đã phục vụ xong', no_show:'Đã qua lượt (vắng mặt)', cancelled:'Đã huỷ', expired:'Đã hết hiệu lực'};
async function refresh() {
  try {
    const r = await fetch('/api/v1/tickets/' + encodeURIComponent(id));
    const body = await r.json();
    if (!r.ok) { document.getElementById('state').textContent = body.error.message.vi; return; }
    document.getElementById('code').textContent = body.code;
    document.getElementById('service').textContent = body.serviceName.vi;
    const st = document.getElementById('state');
    const detail = document.getElementById('detail');
    document.body.className = body.state === 'called' ? 'called' : '';
    if (body.state === 'called' || body.state === 'serving') st.textContent = states[body.state] + ' ' + body.counter;
    else st.textContent = states[body.state] || body.state;
    if (body.state === 'waiting') detail.textContent = 'Trước bạn còn ' + body.peopleAhead + ' người' + (body.estimatedWaitMinutes != null ? ' · khoảng ' + body.estimatedWaitMinutes + ' phút' : '');
    else detail.textContent = '';
  } catch (e) { document.getElementById('detail').textContent = 'Mất kết nối, đang thử lại…'; }
}
refresh(); setInterval(refresh, 10000);
</script></body></html>`);
  });
}
