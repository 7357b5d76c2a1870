/** A small hall for hub tests: three services, three counters, known credentials. */
import { hallConfigSchema, type HallConfig, type HallConfigInput } from '@luot/hub-server';

export const TEST_PASSWORD = 'secret-pass';
/** The bundled demo hall's published passwords (hub-server/config/demo-hall.yaml). */
export const DEMO_PASSWORD_OF = { admin: 'luot-demo', officer: 'luot-demo' } as const;
export const TEST_TOKENS = { kiosk: 'test-kiosk-token-1', kiosk2: 'test-kiosk-token-2', display: 'test-display-token-1', counterDevice: 'test-counter-token-1' };

export function testHallConfig(overrides: Partial<HallConfigInput> = {}): HallConfig {
  const base: HallConfigInput = {
    hall: { name: { vi: 'Trung tâm Phục vụ hành chính công tỉnh Thử Nghiệm', en: 'Test Province Public Service Center' }, address: 'Số 1, Đường Thử' },
    hours: {
      sessions: [
        { name: 'morning', start: '07:30', end: '11:30' },
        { name: 'afternoon', start: '13:30', end: '17:00' },
      ],
      weekdays: [1, 2, 3, 4, 5],
      saturdaySessions: ['morning'],
      issuingCutOffMinutes: 30,
      holidays: ['2026-09-02'],
    },
    queue: { priorityRule: { kind: 'strict' }, order: 'preference', starvationMinutes: 30, recallLimit: 2, ratingScale: 3 },
    departments: [
      { code: 'KHDT', name: { vi: 'Sở Kế hoạch và Đầu tư', en: 'Planning and Investment' }, agencyCode: '000.00.06.H56' },
      { code: 'TNMT', name: { vi: 'Sở Tài nguyên và Môi trường', en: 'Natural Resources' }, agencyCode: '000.00.07.H56' },
    ],
    services: [
      { code: 'DKKD', name: { vi: 'Đăng ký kinh doanh', en: 'Business registration' }, department: 'KHDT', prefix: 'A', dailyCap: 50 },
      { code: 'DATDAI', name: { vi: 'Đất đai', en: 'Land' }, department: 'TNMT', prefix: 'B' },
      { code: 'TRAKQ', name: { vi: 'Trả kết quả', en: 'Return results' }, department: 'KHDT', prefix: 'C', priorities: ['none'] },
    ],
    counters: [
      { number: 1, name: { vi: 'Quầy 1', en: 'Counter 1' }, area: 'Tầng 1', services: ['DKKD', 'DATDAI'] },
      { number: 2, name: { vi: 'Quầy 2', en: 'Counter 2' }, area: 'Tầng 1', services: ['DATDAI', 'DKKD'] },
      { number: 3, name: { vi: 'Quầy 3', en: 'Counter 3' }, area: 'Tầng 2', services: ['TRAKQ'] },
    ],
    staff: [
      { username: 'canbo01', name: 'Nguyễn Văn An', role: 'officer', password: TEST_PASSWORD },
      { username: 'canbo02', name: 'Trần Thị Bình', role: 'officer', password: TEST_PASSWORD },
      { username: 'canbo03', name: 'Lê Văn Cường', role: 'officer', password: TEST_PASSWORD },
      { username: 'giamsat', name: 'Phạm Thị Dung', role: 'supervisor', password: TEST_PASSWORD },
      { username: 'admin', name: 'Quản trị', role: 'admin', password: TEST_PASSWORD },
    ],
    devices: [
      { id: 'kiosk-1', name: 'Kiosk sảnh', role: 'kiosk', token: TEST_TOKENS.kiosk },
      { id: 'kiosk-2', name: 'Kiosk cửa phụ', role: 'kiosk', token: TEST_TOKENS.kiosk2 },
      { id: 'display-1', name: 'Màn hình sảnh', role: 'display', token: TEST_TOKENS.display },
      { id: 'counter-1', name: 'Máy quầy 1', role: 'counter', token: TEST_TOKENS.counterDevice },
    ],
    returns: { service: 'TRAKQ' },
    ...overrides,
  };
  return hallConfigSchema.parse(base);
}
