/**
 * The public page a receipt's QR code opens, `/d/<code>`: status, appointment
 * and the masked name — built from `PublicDossierStatus` only, so nothing
 * personal can reach it. Rendered on the hub: it works on any phone, no script.
 */
import { DOSSIER_STATUS_LABELS, type PublicDossierStatus, type Result } from '@luot/protocol';
import type { HallCatalog } from '../hall/hall-catalog';
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
small{display:block;margin-top:32px;color:#829ab1}`;

function page(hallName: string, body: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="refresh" content="60">
<title>Tra cứu hồ sơ — ${hallName}</title><style>${STYLE}</style></head>
<body><header>${hallName}</header><main>${body}
<small>Trang tự cập nhật mỗi phút · Updates every minute</small></main></body></html>`;
}

/** The page for a lookup result (found, or a typed error shown in both languages). */
export function renderDossierStatusPage(catalog: HallCatalog, result: Result<PublicDossierStatus>): string {
  const hallName = escapeHtml(catalog.info.name.vi);
  if (!result.ok) {
    return page(
      hallName,
      `<h1>Tra cứu hồ sơ</h1><p class="status stop">${escapeHtml(result.error.message.vi)}</p><p>${escapeHtml(result.error.message.en)}</p>`,
    );
  }
  const s = result.value;
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
<dt>Hẹn trả kết quả</dt><dd id="appointment">${appointment}</dd></dl>`,
  );
}
