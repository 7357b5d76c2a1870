import type { LocalizedText, LuotError } from './result';

/**
 * Every error the hub or a device can return. Clients switch on `code`;
 * people read `message`.
 */
export const ERROR_CODES = [
  'invalid_payload',
  'payload_too_large',
  'not_found',
  'unauthenticated',
  'bad_credentials',
  'too_many_attempts',
  'session_expired',
  'device_token_expired',
  'password_change_required',
  'forbidden',
  'conflict',
  'invalid_state',
  'counter_taken',
  'counter_not_signed_in',
  'counter_not_open',
  'no_current_ticket',
  'recall_limit_reached',
  'service_closed',
  'outside_hours',
  'issuing_cut_off',
  'daily_cap_reached',
  'priority_not_allowed',
  'slot_full',
  'day_closed',
  'booking_limit_reached',
  'check_in_too_early',
  'check_in_too_late',
  'printer_offline',
  'printer_paper_out',
  'printer_cover_open',
  'printer_error',
  'device_error',
  'hub_unreachable',
  'storage_full',
  'invalid_config',
  'service_has_waiting_tickets',
  'counter_has_officer',
  'numbering_change_mid_day',
  'config_change_pending',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Default wording per code; a specific error may say more (e.g. when to come back). */
export const DEFAULT_ERROR_MESSAGES: Record<ErrorCode, LocalizedText> = {
  invalid_payload: { vi: 'Dữ liệu gửi lên không hợp lệ.', en: 'The request is not valid.' },
  payload_too_large: { vi: 'Dữ liệu gửi lên quá lớn.', en: 'The request is too large.' },
  not_found: { vi: 'Không tìm thấy.', en: 'Not found.' },
  unauthenticated: { vi: 'Cần đăng nhập hoặc mã thiết bị.', en: 'Sign-in or a device token is required.' },
  bad_credentials: { vi: 'Sai tên đăng nhập hoặc mật khẩu.', en: 'Wrong username or password.' },
  too_many_attempts: { vi: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.', en: 'Too many failed sign-ins. Please try again in a few minutes.' },
  session_expired: { vi: 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại.', en: 'Your session has expired; please sign in again.' },
  device_token_expired: {
    vi: 'Mã thiết bị đã hết hạn vì lâu không dùng. Quản trị viên cần cấp mã mới cho thiết bị này.',
    en: 'This device token expired after going unused too long. An admin must issue the device a new token.',
  },
  password_change_required: {
    vi: 'Mật khẩu này do tệp cấu hình cấp: hãy đổi mật khẩu trước khi làm việc khác.',
    en: 'This password came from a config file: change it before doing anything else.',
  },
  forbidden: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  conflict: { vi: 'Thao tác xung đột với dữ liệu hiện có.', en: 'This conflicts with existing data.' },
  invalid_state: { vi: 'Không thể thực hiện ở trạng thái hiện tại.', en: 'Not possible in the current state.' },
  counter_taken: { vi: 'Quầy này đang có cán bộ khác đăng nhập.', en: 'Another officer is signed in at this counter.' },
  counter_not_signed_in: { vi: 'Bạn chưa đăng nhập vào quầy nào.', en: 'You are not signed in at a counter.' },
  counter_not_open: { vi: 'Quầy đang tạm dừng hoặc đã đóng.', en: 'The counter is paused or closed.' },
  no_current_ticket: { vi: 'Quầy chưa gọi số nào.', en: 'The counter has no current ticket.' },
  recall_limit_reached: { vi: 'Đã gọi lại quá số lần cho phép.', en: 'The recall limit has been reached.' },
  service_closed: { vi: 'Dịch vụ này hiện không phục vụ.', en: 'This service is not available now.' },
  outside_hours: { vi: 'Ngoài giờ phục vụ.', en: 'Outside opening hours.' },
  issuing_cut_off: { vi: 'Đã hết giờ cấp số thứ tự của buổi này.', en: 'Ticket issuing has closed for this session.' },
  daily_cap_reached: { vi: 'Đã hết số thứ tự trong ngày cho dịch vụ này.', en: 'No more tickets today for this service.' },
  priority_not_allowed: { vi: 'Hình thức ưu tiên này không áp dụng.', en: 'This priority is not offered.' },
  slot_full: { vi: 'Khung giờ này đã đủ người đặt. Vui lòng chọn khung giờ khác.', en: 'This time slot is fully booked. Please choose another.' },
  day_closed: { vi: 'Trung tâm không làm việc ngày này. Vui lòng chọn ngày khác.', en: 'The center is closed that day. Please choose another day.' },
  booking_limit_reached: { vi: 'Số điện thoại này đã đặt đủ số lịch hẹn cho ngày này.', en: 'This phone number already holds the most bookings allowed for that day.' },
  check_in_too_early: { vi: 'Chưa đến giờ xác nhận lịch hẹn.', en: 'It is too early to check in for this booking.' },
  check_in_too_late: { vi: 'Đã quá giờ xác nhận lịch hẹn. Bạn có thể lấy số thứ tự thông thường.', en: 'It is too late to check in for this booking. You can take a normal ticket.' },
  printer_offline: { vi: 'Máy in không hoạt động.', en: 'The printer is offline.' },
  printer_paper_out: { vi: 'Máy in hết giấy.', en: 'The printer is out of paper.' },
  printer_cover_open: { vi: 'Nắp máy in đang mở.', en: 'The printer cover is open.' },
  printer_error: { vi: 'Máy in gặp lỗi.', en: 'The printer reported an error.' },
  device_error: { vi: 'Thiết bị gặp lỗi.', en: 'A device reported an error.' },
  hub_unreachable: { vi: 'Tạm ngừng phục vụ: không kết nối được máy chủ.', en: 'Temporarily out of service: the hub cannot be reached.' },
  storage_full: {
    vi: 'Máy chủ đã hết chỗ lưu dữ liệu nên chưa thực hiện được (chưa cấp số). Vui lòng thử lại sau ít phút hoặc báo cán bộ hỗ trợ.',
    en: "The hub's disk is full, so this was not done (no ticket was issued). Please try again in a few minutes or ask staff for help.",
  },
  invalid_config: { vi: 'Cấu hình sảnh chưa đúng: xem từng mục cần sửa.', en: 'The hall config is not right: see each item to fix.' },
  service_has_waiting_tickets: {
    vi: 'Dịch vụ còn người đang chờ: hãy chuyển các số đang chờ sang dịch vụ khác trước.',
    en: 'People are still waiting for this service: move their tickets to another service first.',
  },
  counter_has_officer: {
    vi: 'Quầy đang có cán bộ làm việc: cán bộ cần rời quầy trước.',
    en: 'An officer is signed in at this counter: they must sign out first.',
  },
  numbering_change_mid_day: {
    vi: 'Hôm nay đã cấp số cho dịch vụ này: chỉ đổi ký hiệu hoặc độ dài số từ ngày mai.',
    en: 'Tickets were issued for this service today: its prefix or number width can change from tomorrow only.',
  },
  config_change_pending: {
    vi: 'Đang có một thay đổi chờ áp dụng từ ngày mai: hãy huỷ hoặc thay nó trước.',
    en: 'A change is waiting to apply tomorrow: cancel or replace it first.',
  },
  internal: { vi: 'Lỗi hệ thống, vui lòng thử lại.', en: 'Internal error; please try again.' },
};

/** Builds an error with the default wording, or a more specific one. */
export function luotError(code: ErrorCode, message?: Partial<LocalizedText>, field?: string): LuotError {
  const base = DEFAULT_ERROR_MESSAGES[code];
  const error: LuotError = { code, message: { vi: message?.vi ?? base.vi, en: message?.en ?? base.en } };
  if (field !== undefined) error.field = field;
  return error;
}

/** HTTP status for each error code, used by the hub's HTTP API. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  invalid_payload: 400,
  payload_too_large: 413,
  not_found: 404,
  unauthenticated: 401,
  bad_credentials: 401,
  too_many_attempts: 429,
  session_expired: 401,
  device_token_expired: 401,
  password_change_required: 403,
  forbidden: 403,
  conflict: 409,
  invalid_state: 409,
  counter_taken: 409,
  counter_not_signed_in: 409,
  counter_not_open: 409,
  no_current_ticket: 409,
  recall_limit_reached: 409,
  service_closed: 422,
  outside_hours: 422,
  issuing_cut_off: 422,
  daily_cap_reached: 422,
  priority_not_allowed: 422,
  slot_full: 409,
  day_closed: 422,
  booking_limit_reached: 422,
  check_in_too_early: 422,
  check_in_too_late: 422,
  printer_offline: 503,
  printer_paper_out: 503,
  printer_cover_open: 503,
  printer_error: 503,
  device_error: 503,
  hub_unreachable: 503,
  // Not the client's fault and passing: like an unreachable device, try again later.
  storage_full: 503,
  invalid_config: 400,
  service_has_waiting_tickets: 409,
  counter_has_officer: 409,
  numbering_change_mid_day: 409,
  config_change_pending: 409,
  internal: 500,
};
