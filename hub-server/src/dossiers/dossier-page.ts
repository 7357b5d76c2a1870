/**
 * The public page a receipt's QR code opens, `/d/<code>`: status, appointment
 * and the masked name — built from `PublicDossierStatus` only, so nothing
 * personal can reach it — and `/d/`, the form to type a code. Rendered on the
 * hub: it works on any phone, no script.
 */
import { DOSSIER_STATUS_LABELS, type LocalizedText, type PublicDossierStatus } from '@luot/protocol';
import type { HallCatalog } from '../core/hall-catalog';
import { escapeHtml, formatDateTimeVi } from './dossier-format';

const STYLE = `body{font-family:system-ui,sans-serif;margin:0;background:#f4f6f8;color:#102a43;text-align:center}
header{background:#0b4f8a;color:#fff;padding:12px;font-size:15px}
main{padding:24px;max-width:560px;margin:0 auto}
h1{font-size:20px;margin:8px 0 16px}
.code{font-family:ui-monospace,monospace;font-size:20px;font-weight:700;color:#0b4f8a;word-break:break-all}
.status{font-size:26px;font-weight:700;margin:16px 0;padding:12px;border-radius:12px;background:#e0ecf8}
.status.done{background:#d9f2e3;color:#14532d}.status.stop{background:#fde2e1;color:#7f1d1d}
dl{text-align:left;display:grid;grid-template-columns:auto 1fr;gap:6px 12px;font-size:16px}
dt{color:#486581}dd{margin:0;font-weight:600}
form{display:grid;gap:12px;margin:24px 0;text-align:left}
label{font-size:20px;font-weight:600}
input{font-size:22px;padding:14px;border:2px solid #486581;border-radius:10px;font-family:ui-monospace,monospace;width:100%;box-sizing:border-box}
button{font-size:22px;font-weight:700;padding:16px;border:0;border-radius:10px;background:#0b4f8a;color:#fff}
.hint{font-size:16px;color:#486581}.problem{font-size:18px;font-weight:700;color:#7f1d1d;background:#fde2e1;padding:12px;border-radius:10px}
small{display:block;margin-top:32px;color:#486581}small a{color:#0b4f8a;font-weight:700}`;

// No automatic reload (a timed refresh moves a screen reader's place and fails WCAG 2.2.1): a link reloads on request.
function page(hallName: string, body: string, refresh = true): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Tra cứu hồ sơ — ${hallName}</title><style>${STYLE}</style></head>
<body><header>${hallName}</header><main>${body}
${refresh ? '<small><a href="">Xem tình trạng mới nhất · See the latest status</a></small>' : ''}</main></body></html>`;
}

/** The form that looks a dossier up by the code printed on its receipt slip; GET /d/?code=… goes to /d/<code>. */
function lookupForm(typed: string, problem: LocalizedText | null): string {
  const alert = problem
    ? `<p class="problem" id="problem" role="alert">${escapeHtml(problem.vi)}<br><span style="font-weight:400">${escapeHtml(problem.en)}</span></p>`
    : '';
  return `${alert}<form method="get" action="/d/">
<label for="code">Mã tra cứu · Tracking code</label>
<input id="code" name="code" value="${escapeHtml(typed)}" placeholder="000.00.06.H56-231027-0361-K7QX3M" autocapitalize="characters" autocomplete="off" spellcheck="false" maxlength="64" required${problem ? ' autofocus' : ''}>
<p class="hint">Mã hồ sơ kèm mã kiểm tra, in cạnh mã QR trên giấy tiếp nhận hồ sơ và hẹn trả kết quả, dạng 000.00.06.H56-231027-0361-K7QX3M.<br>The tracking code printed by the QR code on the receipt slip.</p>
<button type="submit">Tra cứu · Look up</button></form>`;
}

/** The public page to type a dossier code (no personal data: the result page shows a masked name only). */
export function renderDossierLookupPage(catalog: HallCatalog, typed = '', problem: LocalizedText | null = null): string {
  return page(escapeHtml(catalog.info.name.vi), `<h1>Tra cứu hồ sơ · Look up a dossier</h1>${lookupForm(typed, problem)}`, false);
}

/** Issue 19: a result waiting says where to collect it; a returned one says when it was handed over. */
function returnNotice(s: PublicDossierStatus): string {
  if (s.collect) {
    const place = escapeHtml(s.collect.place);
    return `<p class="status done" id="collect">Kết quả đã sẵn sàng. Mời nhận tại: ${place}<br>
<span style="font-size:16px;font-weight:400">Mang theo giấy tiếp nhận, lấy số “Nhận kết quả” tại ki-ốt. · The result is ready to collect at ${place}: bring the receipt and take a “Collect a result” ticket at the kiosk.</span></p>`;
  }
  if (s.returnedAt !== undefined) {
    return `<p id="returned">Đã trả kết quả lúc ${escapeHtml(formatDateTimeVi(s.returnedAt))}.<br><span style="font-size:16px">Result handed over.</span></p>`;
  }
  return '';
}

/** The page for a dossier found by its code. */
export function renderDossierStatusPage(catalog: HallCatalog, s: PublicDossierStatus): string {
  const hallName = escapeHtml(catalog.info.name.vi);
  const label = DOSSIER_STATUS_LABELS[s.status];
  const tone = s.status === 'result_ready' || s.status === 'returned' ? ' done' : ['refused', 'withdrawn', 'stopped'].includes(s.status) ? ' stop' : '';
  const appointment = s.appointmentAt === null ? '—' : escapeHtml(formatDateTimeVi(s.appointmentAt));
  return page(
    hallName,
    `<h1>Tra cứu hồ sơ · Dossier status</h1>
<div class="code" id="code">${escapeHtml(s.code)}</div>
<div class="status${tone}" id="status">${escapeHtml(label.vi)}<br><span style="font-size:16px;font-weight:400">${escapeHtml(label.en)}</span></div>
<dl><dt>Người nộp</dt><dd id="name">${escapeHtml(s.maskedName)}</dd>
<dt>Thủ tục</dt><dd>${escapeHtml(s.procedureName)}</dd>
<dt>Hẹn trả kết quả</dt><dd id="appointment">${appointment}</dd></dl>
${returnNotice(s)}
<p><a href="/d/">Tra cứu hồ sơ khác · Look up another dossier</a></p>`,
  );
}
