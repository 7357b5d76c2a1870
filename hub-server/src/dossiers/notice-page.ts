/**
 * The printable notices of reception: form 02 (supplement requested, "Phiếu
 * yêu cầu bổ sung, hoàn thiện hồ sơ") and form 03 (refusal, "Phiếu từ chối
 * tiếp nhận giải quyết hồ sơ"), with the officer's reason. Staff only.
 */
import { fail, luotError, ok, type DossierView, type LocalizedText, type Result } from '@luot/protocol';
import { escapeHtml as e, formatDateTimeVi } from './dossier-format';
import { printStyle, type Paper } from './receipt-page';
import { PRINT_HANDLER } from './print-button';

/** The page for a refused or supplement-requested dossier; other statuses have no notice. */
export function renderNoticePage(view: DossierView, hallName: LocalizedText, paper: Paper = 'A5'): Result<string> {
  if (view.status !== 'refused' && view.status !== 'supplement_requested') {
    return fail(
      luotError('invalid_state', {
        vi: 'Chỉ hồ sơ bị từ chối hoặc được yêu cầu bổ sung mới có phiếu thông báo.',
        en: 'Only a refused dossier or one asked for a supplement has a notice.',
      }),
    );
  }
  const refused = view.status === 'refused';
  const title = refused ? 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ' : 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ';
  const person = `${view.applicant.sex === 'female' ? 'Bà' : 'Ông'} <b>${e(view.applicant.name)}</b>`;
  const items = view.supplementItems.map((item, i) => `<tr><td class="n">${i + 1}</td><td>${e(item)}</td></tr>`).join('');
  const body = refused
    ? `<p>Bộ phận tiếp nhận và trả kết quả ${e(hallName.vi)} tiếp nhận hồ sơ của ${person}.</p>
<p>Nội dung yêu cầu giải quyết: ${e(view.procedure.name)} (mã thủ tục ${e(view.procedure.code)}).</p>
<p>Sau khi xem xét hồ sơ, căn cứ quy định hiện hành, cơ quan, đơn vị từ chối tiếp nhận hồ sơ với lý do:</p>
<p><b id="reason">${e(view.reason ?? '')}</b></p>
<p>Xin thông báo để Ông/Bà được biết và thực hiện.</p>`
    : `<p>Bộ phận tiếp nhận và trả kết quả ${e(hallName.vi)} tiếp nhận hồ sơ của ${person}${view.code ? `, mã hồ sơ ${e(view.code)}` : ''}.</p>
<p>Nội dung yêu cầu giải quyết: ${e(view.procedure.name)} (mã thủ tục ${e(view.procedure.code)}).</p>
<p>Lý do: <b id="reason">${e(view.reason ?? '')}</b></p>
<p>Đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:</p>
<table><thead><tr><th>STT</th><th>Nội dung bổ sung</th></tr></thead><tbody>${items}</tbody></table>
<p>Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ Bộ phận tiếp nhận và trả kết quả để được hướng dẫn.</p>`;
  return ok(`<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${e(title)}</title><style>${printStyle(paper)}</style></head>
<body>
<div class="no-print"><button onclick="${PRINT_HANDLER}">In phiếu · Print</button></div>
<div class="head"><div><b>${e(hallName.vi.toUpperCase())}</b><b>BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ</b></div>
<div><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><span class="motto">Độc lập - Tự do - Hạnh phúc</span></div></div>
<h1>${e(title)}</h1>
${body}
<p>Thời gian: ${e(formatDateTimeVi(view.updatedAt))}</p>
<div class="sign"><div></div><div><b>NGƯỜI TIẾP NHẬN HỒ SƠ</b><i>(Ký và ghi rõ họ tên)</i><br><br><br><br>${e(view.officer?.name ?? '')}</div></div>
</body></html>`);
}
