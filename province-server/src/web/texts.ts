/** Every word of the province view, Vietnamese first and English second. */
export type Lang = 'vi' | 'en';

export const TEXTS = {
  title: { vi: 'Lượt — Toàn tỉnh', en: 'Lượt — Province' },
  username: { vi: 'Tên đăng nhập', en: 'Username' },
  password: { vi: 'Mật khẩu', en: 'Password' },
  signIn: { vi: 'Đăng nhập', en: 'Sign in' },
  signOut: { vi: 'Đăng xuất', en: 'Sign out' },
  badCredentials: { vi: 'Sai tên đăng nhập hoặc mật khẩu.', en: 'Wrong username or password.' },
  live: { vi: 'Trực tiếp', en: 'Live' },
  reports: { vi: 'Báo cáo', en: 'Reports' },
  hall: { vi: 'Trung tâm', en: 'Hall' },
  openCounters: { vi: 'Quầy mở', en: 'Open counters' },
  waiting: { vi: 'Đang chờ', en: 'Waiting' },
  longestWait: { vi: 'Chờ lâu nhất', en: 'Longest wait' },
  devicesInFault: { vi: 'Thiết bị lỗi', en: 'Devices in fault' },
  lastReceived: { vi: 'Nhận lần cuối', en: 'Last received' },
  backlog: { vi: 'Chưa gửi', en: 'Backlog' },
  never: { vi: 'chưa bao giờ', en: 'never' },
  minutes: { vi: 'phút', en: 'min' },
  from: { vi: 'Từ ngày', en: 'From' },
  to: { vi: 'Đến ngày', en: 'To' },
  show: { vi: 'Xem', en: 'Show' },
  exportXlsx: { vi: 'Tải Excel', en: 'Download Excel' },
  rank: { vi: 'Hạng', en: 'Rank' },
  issued: { vi: 'Đã cấp số', en: 'Issued' },
  served: { vi: 'Đã phục vụ', en: 'Served' },
  noShow: { vi: 'Vắng mặt', en: 'No-show' },
  averageWait: { vi: 'Chờ TB (phút)', en: 'Avg wait (min)' },
  satisfied: { vi: 'Hài lòng', en: 'Satisfied' },
  returned: { vi: 'Hồ sơ đã trả', en: 'Dossiers returned' },
  onTime: { vi: 'Đúng hạn', en: 'On time' },
  onTimeRank: { vi: 'Hạng đúng hạn', en: 'On-time rank' },
  province: { vi: 'Toàn tỉnh', en: 'Province' },
  failed: { vi: 'Không tải được dữ liệu.', en: 'Could not load the data.' },
  officers: { vi: 'Theo cán bộ', en: 'By officer' },
  officer: { vi: 'Cán bộ', en: 'Officer' },
  averageService: { vi: 'Phục vụ TB (phút)', en: 'Avg service (min)' },
  unknownOfficer: { vi: 'Không rõ cán bộ', en: 'Unknown officer' },
} as const satisfies Record<string, Record<Lang, string>>;

export type TextKey = keyof typeof TEXTS;

/** "3 phút trước" / "3 min ago" for a past time, from `now`. */
export function ago(at: number | null, now: number, lang: Lang): string {
  if (at === null) return TEXTS.never[lang];
  const minutes = Math.max(0, Math.round((now - at) / 60_000));
  if (minutes < 1) return lang === 'vi' ? 'vừa xong' : 'just now';
  if (minutes < 120) return lang === 'vi' ? `${minutes} phút trước` : `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  return lang === 'vi' ? `${hours} giờ trước` : `${hours} h ago`;
}

/** The first and the current day of the month, for the report's default period. */
export function monthToDate(now: number): { from: string; to: string } {
  const day = new Date(now + 7 * 3_600_000).toISOString().slice(0, 10);
  return { from: `${day.slice(0, 8)}01`, to: day };
}

/** An officer line's label: the hall's display name, or "unknown officer" for tickets an older hub shipped without one. */
export function officerLabel(name: string | null, lang: Lang): string {
  return name ?? TEXTS.unknownOfficer[lang];
}
