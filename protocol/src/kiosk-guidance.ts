/**
 * The kiosk's spoken guidance: each screen's main instruction, in the same
 * voice as the board's calls and from the same voice pack (display-board's
 * public/voice/vi/, served by the hub; a hall that records its own voice
 * records these too). Shared here because two apps depend on it: the board's
 * pack generator makes one clip per entry, the kiosk plays them by clip id
 * and says a ticket number with the pack's letter and digit clips. Short
 * sentences that say what to do, in the words the screens use.
 */

/** One clip of the pack: its file name without extension, and what it says. */
export interface GuidanceClip {
  clip: string;
  text: string;
}

export const KIOSK_GUIDANCE = {
  welcome: { clip: 'kiosk-welcome', text: 'Xin kính chào. Chạm vào lĩnh vực cần làm thủ tục.' },
  services: { clip: 'kiosk-services', text: 'Chạm vào việc cần làm.' },
  service: { clip: 'kiosk-service', text: 'Chạm vào nút Lấy số để lấy số thứ tự.' },
  procedure: { clip: 'kiosk-procedure', text: 'Đây là các giấy tờ cần mang theo.' },
  search: { clip: 'kiosk-search', text: 'Chạm vào các chữ để gõ tên thủ tục.' },
  priority: { clip: 'kiosk-priority', text: 'Chạm vào hình giống với quý khách.' },
  printerProblem: { clip: 'kiosk-printer-problem', text: 'Máy in đang có trục trặc. Chạm vào nút Lấy số trên màn hình.' },
  issuing: { clip: 'kiosk-issuing', text: 'Đang lấy số, xin chờ một chút.' },
  yourNumber: { clip: 'kiosk-your-number', text: 'Số thứ tự của quý khách là' },
  takePaper: { clip: 'kiosk-take-paper', text: 'Mời nhận phiếu ở khe máy in, rồi chờ gọi số.' },
  seeScreen: { clip: 'kiosk-see-screen', text: 'Vui lòng ghi nhớ số này, rồi chờ gọi số.' },
  issueError: { clip: 'kiosk-issue-error', text: 'Chưa lấy được số. Vui lòng đọc trên màn hình, hoặc hỏi cán bộ hướng dẫn.' },
  dossierStart: { clip: 'kiosk-dossier-start', text: 'Chạm vào lĩnh vực của hồ sơ.' },
  dossierProcedures: { clip: 'kiosk-dossier-procedures', text: 'Chạm vào thủ tục cần nộp hồ sơ.' },
  dossierChecklist: { clip: 'kiosk-dossier-checklist', text: 'Chạm vào các giấy tờ quý khách đã có, rồi chạm Tiếp tục.' },
  dossierForm: { clip: 'kiosk-dossier-form', text: 'Hãy đưa mặt sau thẻ căn cước, chỗ có mã QR, vào máy đọc.' },
  dossierConfirm: { clip: 'kiosk-dossier-confirm', text: 'Xem lại thông tin, rồi chạm Xác nhận đăng ký.' },
  dossierRegistered: { clip: 'kiosk-dossier-registered', text: 'Hồ sơ đã được đăng ký.' },
  lookup: { clip: 'kiosk-lookup', text: 'Đưa mã QR trên giấy hẹn vào máy đọc.' },
  idle: { clip: 'kiosk-idle', text: 'Quý khách còn dùng máy không? Chạm vào màn hình để tiếp tục.' },
  outOfService: { clip: 'kiosk-out-of-service', text: 'Máy tạm ngừng phục vụ. Vui lòng hỏi cán bộ hướng dẫn.' },
} as const satisfies Record<string, GuidanceClip>;

export type KioskGuidanceId = keyof typeof KIOSK_GUIDANCE;
